import pytest


@pytest.fixture
def english(qapp):
    from desktop.ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def chinese(qapp):
    from desktop.ui import i18n

    i18n.install("zh_CN")
    yield
    i18n.install("en")

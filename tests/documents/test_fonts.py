"""The document font: shipped UMing by default, an official 仿宋/宋体 where the machine has one."""
import shutil
import subprocess
from datetime import date

from desktop.documents.content import DocumentContent
from desktop.documents.fonts import (
    FontChoice, find_official_fonts, font_search_dirs, shipped_font)
from desktop.documents.render import render_pdf
from desktop.paths import resources_dir


def test_shipped_font_and_licences_are_there():
    font = shipped_font()
    assert font.path.is_file() and font.path.name == "uming.ttc"
    licences = (resources_dir() / "fonts" / "LICENSES.md").read_text(encoding="utf-8")
    assert "uming.ttc" in licences and "Arphic Public License" in licences
    assert "wqy-microhei.ttc" in licences and "Apache" in licences


def test_official_fonts_are_found_best_first(tmp_path, monkeypatch):
    (tmp_path / "win" / "Fonts").mkdir(parents=True)
    (tmp_path / "win" / "Fonts" / "SIMSUN.TTC").write_bytes(b"x")
    (tmp_path / "win" / "Fonts" / "simfang.ttf").write_bytes(b"x")
    (tmp_path / "win" / "Fonts" / "arial.ttf").write_bytes(b"x")
    found = find_official_fonts([tmp_path / "missing", tmp_path / "win"])
    assert [(f.path.name, f.label) for f in found] == [("simfang.ttf", "仿宋"),
                                                       ("SIMSUN.TTC", "宋体")]
    assert find_official_fonts([tmp_path / "missing"]) == []
    monkeypatch.setenv("ZHENJIAN_FONT_PATH", str(tmp_path / "win"))
    assert font_search_dirs([str(tmp_path / "x")])[:2] == [tmp_path / "x", tmp_path / "win"]


def test_a_chosen_font_is_the_one_embedded(tmp_path):
    # a stand-in for simsun.ttc: another TrueType CJK font under that name
    shutil.copy(resources_dir() / "fonts" / "wqy-microhei.ttc", tmp_path / "simsun.ttc")
    choice = find_official_fonts([tmp_path])[0]
    assert isinstance(choice, FontChoice) and choice.label == "宋体"
    doc = DocumentContent(doc_type="x", title="批准逮捕决定书", unit_name="青山县人民检察院",
                          number="青检刑批捕〔2026〕1号", recipient="青山县公安局：",
                          paragraphs=("决定批准逮捕犯罪嫌疑人王某。",), attachments="",
                          issued_on=date(2026, 11, 23), date_text="二〇二六年十一月二十三日")
    path = tmp_path / "a.pdf"
    path.write_bytes(render_pdf(doc, choice).data)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts or "wqy" in fonts.lower()
    assert "UMing" not in fonts and "Helvetica" not in fonts


def test_nothing_heavy_loads_before_the_first_document():
    import subprocess
    import sys

    code = ("import sys; import desktop.services.documents, desktop.services.document_export;"
            "print('reportlab' in ' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def test_fonts_can_be_loaded_from_a_worker_thread():
    import threading

    from desktop.documents.fonts import ensure_registered
    from desktop.services.documents import prepare_fonts

    threads = [threading.Thread(target=prepare_fonts) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ensure_registered().startswith("ZJDoc-uming-0-")

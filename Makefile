# Zhenjian Desk — the two commands of the README, the benchmark and the installers.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench bundle deb translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

# Install everything into .venv and start the program (first start: set-up wizard or demo data).
run:
	./scripts/system-deps.sh run
	$(MAKE) $(STAMP)
	$(VENV)/bin/zhenjian $(ARGS)

# Install everything and run the whole test suite headless. It includes tests/installer/
# test_bundle.py, which builds the bundle and the .deb (as `make bundle deb` does) into a
# temporary folder and runs `--self-test` in both.
test:
	./scripts/system-deps.sh test
	$(MAKE) $(STAMP)
	QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
		$(PY) -m pytest -q $(PYTEST_ARGS)

# Build the 100,000-request database and measure start-up, list, search, memory, documents,
# the dashboard (with 20,000 supervision matters and 20,000 petitions added), a year's
# workload figures, the statistics indicators for a year and the statistics page.
bench:
	./scripts/system-deps.sh bench
	$(MAKE) $(STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)
	$(PY) bench/documents.py
	$(PY) bench/dashboard.py
	$(PY) bench/workload.py
	$(PY) bench/sync.py
	$(PY) bench/upper_lists.py
	$(PY) bench/statistics.py
	$(PY) bench/statistics_page.py
	$(PY) bench/register_import.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/import_wizard.py

# The offline installers (installer/README.md): the one-folder program in dist/zhenjian ...
bundle:
	./scripts/system-deps.sh bundle
	$(MAKE) $(STAMP)
	PYTHON=$(PY) installer/build_bundle.sh

# ... and the .deb for UOS, Kylin and Debian: dist/zhenjian-desk_<version>_<arch>.deb.
deb: bundle
	PYTHON=$(PY) installer/build_deb.sh

translations:
	$(PY) tools/update_translations.py

clean:
	rm -rf $(VENV) build dist bench/out

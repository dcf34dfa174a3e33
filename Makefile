# MP Reg Desktop — the README's two commands are `make run` and `make test`.
# Everything is installed into .venv; nothing outside the project folder is touched.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEPS   := pyproject.toml hatch_build.py $(wildcard resources/i18n/*.ts)

.PHONY: run test test-packaging package deb windows lint format translations screenshots bench clean

run: $(VENV)/.stamp-run
	$(BIN)/mpreg-desktop

# The packaging tests build and install the .deb: they run in `make test-packaging`, not here.
test: $(VENV)/.stamp-test
	$(BIN)/python -m pytest -m "not packaging"

# The frozen one-folder app in dist/mpreg-desktop/ (PyInstaller), with translations and icons and,
# on Linux, the OCR engine of 读取扫描件 (the spec refuses to build without it; MPREG_PACKAGE_OCR=0
# builds without it).
package: $(VENV)/.stamp-package $(if $(filter 0,$(MPREG_PACKAGE_OCR)),,$(VENV)/.stamp-ocr)
	$(BIN)/pyside6-lrelease -silent $(wildcard resources/i18n/*.ts)
	$(BIN)/python packaging/render_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/mpreg-desktop.spec
	@echo "frozen app: dist/mpreg-desktop/ $$(du -sh dist/mpreg-desktop | cut -f1)" \
		"($$(find dist/mpreg-desktop -type f | wc -l) files)"

# Linux: dist/mpreg-desktop_<version>_<arch>.deb, built with dpkg-deb (see packaging/linux/).
deb: package
	$(BIN)/python packaging/linux/build_deb.py

# Windows: dist/mpreg-desktop-<version>-setup.exe, built on Linux with Wine and NSIS (see
# packaging/windows/README.md; needs the Debian packages wine wine64 nsis osslsigncode
# gcc-mingw-w64-x86-64-win32).
windows: $(VENV)/.stamp-package
	$(BIN)/pyside6-lrelease -silent $(wildcard resources/i18n/*.ts)
	$(BIN)/python packaging/render_icons.py build/icons
	$(BIN)/python packaging/windows/build_windows.py

# Build and install the .deb, then use it as a user would (tests/packaging/, needs root for dpkg -i
# in CI; elsewhere it unpacks into a temporary root).
test-packaging: deb $(VENV)/.stamp-test
	$(BIN)/python -m pytest -m packaging

lint: $(VENV)/.stamp-test
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: $(VENV)/.stamp-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Refresh the Qt Linguist sources from the code, then compile them to .qm (git-ignored).
translations: $(VENV)/.stamp-run
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find mpreg_desktop -name '*.py' | sort) \
		-ts resources/i18n/mpreg_zh_CN.ts resources/i18n/mpreg_en.ts
	$(BIN)/pyside6-lrelease -silent resources/i18n/mpreg_zh_CN.ts resources/i18n/mpreg_en.ts

# Benchmarks (not part of make test's pass/fail): figures against their budgets.
bench: $(VENV)/.stamp-test
	$(BIN)/python tests/benchmarks/bench_app.py --json bench-results.json
	$(BIN)/python tests/benchmarks/bench_upload.py --json bench-upload.json
	@if $(BIN)/python -c 'import rapidocr_onnxruntime' 2>/dev/null; then \
		$(BIN)/python tests/benchmarks/bench_ocr.py --json bench-ocr.json; \
	else echo "bench_ocr: skipped, the OCR extra is not installed (make .venv/.stamp-ocr)"; fi

# Pictures of the real app for README and docs (needs xvfb-run and fonts-noto-cjk).
screenshots: $(VENV)/.stamp-run
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python docs/screenshots/make_screenshots.py

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "MP Reg Desktop needs Python 3.11 or newer (found: $$($(PYTHON) --version 2>&1))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.stamp-run: $(DEPS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.stamp-package: $(DEPS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@touch $@ $(VENV)/.stamp-run

# The optional OCR extra (读取扫描件), with OpenCV's headless build: rapidocr-onnxruntime asks for
# opencv-python (GUI parts, its own Qt) and both install cv2, so the engine goes in without its deps.
$(VENV)/.stamp-ocr: $(VENV)/.stamp-run
	$(BIN)/python -m pip install --quiet "onnxruntime>=1.16" "opencv-python-headless>=4.8" \
		pyclipper shapely pyyaml six tqdm pillow
	$(BIN)/python -m pip install --quiet --no-deps "rapidocr-onnxruntime>=1.4,<1.5"
	@touch $@

$(VENV)/.stamp-test: $(DEPS) | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.stamp-run

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache test-artifacts resources/i18n/*.qm

"""Compare oic-bot's language scorer with general-purpose detectors on the eval set.

Not part of the product: install the detectors by hand to run it,
``pip install lingua-language-detector langdetect``, then
``python bench/compare_language_detectors.py``.
"""

from __future__ import annotations

from bot.evaluation import DEFAULT_EVAL_FILE, load_cases
from bot.factory import build_engine
from bot.settings import EngineSettings


def main() -> None:
    cases = [c for c in load_cases(DEFAULT_EVAL_FILE) if c.lang in ("id", "en")]
    engine = build_engine(EngineSettings.from_env())
    detectors = {"oic-bot scorer": lambda q: engine.detect_language(q)}
    try:
        from lingua import Language, LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_languages(Language.INDONESIAN,
                                                        Language.ENGLISH).build()
        names = {Language.INDONESIAN: "id", Language.ENGLISH: "en"}
        detectors["lingua (id/en only)"] = lambda q: names.get(lingua.detect_language_of(q), "id")
    except ImportError:
        print("lingua-language-detector not installed: skipped")
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0

        def langdetect(question: str) -> str:
            try:
                return next((r.lang for r in detect_langs(question) if r.lang in ("id", "en")),
                            "id")
            except Exception:  # langdetect raises on text without letters
                return "id"

        detectors["langdetect"] = langdetect
    except ImportError:
        print("langdetect not installed: skipped")
    for name, detect in detectors.items():
        right = sum(detect(c.question) == c.lang for c in cases)
        print(f"{name}: {right}/{len(cases)} = {right / len(cases):.1%}")


if __name__ == "__main__":
    main()

"""Text processing: boilerplate cleaning with offsets, language identification, segmentation.

Modules: :mod:`willay.text.clean` (``clean_text``, ``Cleaner``),
:mod:`willay.text.langid` (``LanguageIdentifier`` component),
:mod:`willay.text.segment` (``Segmenter`` component). Their rules are data files in
``willay/text/data/``.
"""

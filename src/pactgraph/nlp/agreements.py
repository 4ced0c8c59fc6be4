"""PLACEHOLDER component (owned by a helper; replace wholesale)."""

from spacy.tokens import Doc


class AgreementFinder:
    def __init__(self, nlp) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        return doc

"""pg_line_breaks: a line break ends a sentence (runs before the parser, which respects it).

News text puts headlines, captions and datelines on lines of their own without a full stop; left
alone, the parser glues them to the next sentence and mis-parses both.
"""

from __future__ import annotations

from spacy.tokens import Doc


class LineBreakSentencizer:
    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if not tok.is_space and ("\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text)):
                tok.is_sent_start = True
                # a lowercase word right after a line's first word continues its sentence (after a
                # headline the parser may cut "NATO | leaders closed ...")
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if (
                    nxt is not None and tok.is_alpha
                    and nxt.is_alpha and nxt.is_lower and "\n" not in tok.whitespace_
                ):
                    nxt.is_sent_start = False
        return doc

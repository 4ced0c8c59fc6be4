"""Plain records -> one RDF graph per document, with provenance on every fact (docs/MODEL.md)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from pactgraph import __version__
from pactgraph.rdf import iris
from pactgraph.rdf.namespace import (
    DATA,
    DOMAIN,
    GUARANTEE_FORM,
    GUARANTEE_STATUS,
    NIF,
    OA,
    ORG,
    PG,
    POLARITY,
    SDO,
    STANCE_TYPE,
    WD,
)
from pactgraph.records import AgreementInfo, DocRecords, Entity, Guarantee, Stance, Target, trim

EntityLookup = Callable[[str], Entity | None]
AgreementLookup = Callable[[str], AgreementInfo | None]
# (person, office, date) -> (start, end) of the term covering that date, from the KB
TermLookup = Callable[[str, str, dt.date | None], tuple[dt.date | None, dt.date | None] | None]

DATA_KINDS = ("actor", "agreement", "article", "sentence", "mention", "anchor", "selector", "guarantee",
              "stance", "quote", "invocation", "holding", "office", "topic", "run", "software")
PREFIXES = {
    "pg": PG._NS,
    **{kind: DATA[f"{kind}/"] for kind in DATA_KINDS},
    "prov": PROV,
    "oa": OA,
    "nif": NIF,
    "org": ORG,
    "schema": SDO,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "wd": WD,
    "stancetype": STANCE_TYPE,
    "polarity": POLARITY,
    "form": GUARANTEE_FORM,
    "domain": DOMAIN,
    "status": GUARANTEE_STATUS,
}

SOFTWARE = iris.checked(f"{DATA}software/pactgraph-{__version__}")


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


@functools.cache
def _form_labels() -> dict[str, str]:
    """skos:prefLabel of each guarantee-form concept, read once from the ontology."""
    from pactgraph.validate import load_ontology

    ontology = load_ontology()
    return {
        str(concept).rsplit("/", 1)[-1]: str(label)
        for concept, label in ontology.subject_objects(SKOS.prefLabel)
        if str(concept).startswith(str(GUARANTEE_FORM))
    }


def form_label(form: str) -> str:
    return _form_labels().get(form, form.replace("-", " "))


def stance_iri(doc_id: str, st: Stance) -> URIRef:
    return iris.fact_iri("stance", doc_id, st.start, st.end, st.holder, st.stance_type, st.target.kind, st.target.key)


def _date_literal(value: str | dt.date) -> Literal:
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value[:10], datatype=XSD.date)


def _confidence(value: float) -> Literal:
    return _decimal(f"{max(0.0, min(1.0, value)):.3f}")


# rdflib parses a typed literal's lexical form on every construction, which made literals a
# fifth of graph building; literals are immutable, so the common ones are built once.
@functools.lru_cache(maxsize=4096)
def _decimal(lexical: str) -> Literal:
    return Literal(lexical, datatype=XSD.decimal)


@functools.lru_cache(maxsize=65536, typed=True)  # typed: True and 1 are equal keys
def _number(value: int | bool) -> Literal:
    return Literal(value)


class DocumentGraphBuilder:
    """Writes one document's records into a fresh graph. Lookups give labels and types of actors
    and agreements that the text refers to only indirectly (an agreement's parties)."""

    def __init__(
        self,
        records: DocRecords,
        *,
        entity_lookup: EntityLookup | None = None,
        agreement_lookup: AgreementLookup | None = None,
        term_lookup: TermLookup | None = None,
    ) -> None:
        self.r = records
        self.term_lookup = term_lookup or (lambda person, office, day: None)
        self.doc_id = records.article.id
        self.g = new_graph()
        self.article = iris.article_iri(self.doc_id)
        self.run = iris.fact_iri("run", self.doc_id, records.article.content_hash, __version__)
        self.entity_lookup = entity_lookup or (lambda key: None)
        self.agreement_lookup = agreement_lookup or (lambda key: None)
        self._written: set[URIRef] = set()
        self._guarantee_iris: dict[str, URIRef] = {}

    # --- nodes shared by facts -------------------------------------------------------------
    def entity(self, key: str) -> URIRef:
        node = iris.entity_iri("actor", key)
        if node in self._written:
            return node
        entity = self.r.entities.get(key) or self.entity_lookup(key)
        if entity is None:
            entity = Entity(key=key, label=key.replace("-", " ").title(), type="Organization", in_kb=False)
        g = self.g
        g.add((node, RDF.type, PG[entity.subtype or entity.type]))
        g.add((node, RDFS.label, Literal(entity.label)))
        g.add((node, SKOS.prefLabel, Literal(entity.label)))
        g.add((node, PG.inKnowledgeBase, _number(entity.in_kb)))
        if entity.wikidata:
            g.add((node, PG.wikidata, WD[entity.wikidata]))
            g.add((node, SDO.sameAs, WD[entity.wikidata]))
        self._written.add(node)
        return node

    def agreement(self, key: str) -> URIRef:
        node = iris.entity_iri("agreement", key)
        if node in self._written:
            return node
        self._written.add(node)
        info = self.r.agreements.get(key) or self.agreement_lookup(key)
        if info is None:
            info = AgreementInfo(key=key, label=key.replace("-", " ").title())
        g = self.g
        g.add((node, RDF.type, PG[info.type]))
        g.add((node, RDFS.label, Literal(info.label)))
        g.add((node, SKOS.prefLabel, Literal(info.label)))
        if info.date:
            g.add((node, PG.agreementDate, _date_literal(info.date)))
        if info.wikidata:
            g.add((node, PG.wikidata, WD[info.wikidata]))
            g.add((node, SDO.sameAs, WD[info.wikidata]))
        for party in info.parties:
            g.add((node, PG.hasParty, self.entity(party)))
        if info.part_of:
            g.add((node, PG.provisionOf, self.agreement(info.part_of)))
        return node

    def sentence(self, index: int) -> URIRef:
        node = iris.sentence_iri(self.doc_id, index)
        if node not in self._written:
            self._written.add(node)
            s = self.r.sentences[index]
            g = self.g
            g.add((node, RDF.type, PG.Sentence))
            g.add((node, RDF.type, NIF.Sentence))
            g.add((node, PG.inArticle, self.article))
            g.add((node, PG.sentenceIndex, _number(index)))
            g.add((node, NIF.beginIndex, _number(s.start)))
            g.add((node, NIF.endIndex, _number(s.end)))
            g.add((node, NIF.anchorOf, Literal(s.text)))
        return node

    def anchor(self, start: int, end: int) -> URIRef:
        start, end = trim(self.r.article.text, start, end)
        node = iris.fact_iri("anchor", self.doc_id, start, end)
        if node not in self._written:
            self._written.add(node)
            g = self.g
            pos = iris.fact_iri("selector", self.doc_id, start, end, "position")
            quote = iris.fact_iri("selector", self.doc_id, start, end, "quote")
            g.add((node, RDF.type, OA.SpecificResource))
            g.add((node, OA.hasSource, self.article))
            g.add((node, OA.hasSelector, pos))
            g.add((pos, RDF.type, OA.TextPositionSelector))
            g.add((pos, OA.start, _number(start)))
            g.add((pos, OA.end, _number(end)))
            g.add((node, OA.hasSelector, quote))
            g.add((quote, RDF.type, OA.TextQuoteSelector))
            g.add((quote, OA.exact, Literal(self.r.article.text[start:end])))
        return node

    def provenance(self, node: URIRef, *, sentence: int, start: int, end: int,
                   confidence: float | None = None, rule: str | None = None) -> None:
        g = self.g
        g.add((node, PG.inArticle, self.article))
        g.add((node, PG.inSentence, self.sentence(sentence)))
        g.add((node, PG.evidence, self.anchor(start, end)))
        g.add((node, PROV.wasDerivedFrom, self.article))
        g.add((node, PROV.wasGeneratedBy, self.run))
        if confidence is not None:
            g.add((node, PG.confidence, _confidence(confidence)))
        if rule:
            g.add((node, PG.extractedBy, Literal(rule)))

    # --- the document ---------------------------------------------------------------------
    def build(self) -> Graph:
        self._article()
        for mention in self.r.mentions:
            actor = self.entity(mention.entity)
            node = iris.fact_iri("mention", self.doc_id, mention.start, mention.end, mention.entity)
            self.g.add((node, RDF.type, PG.Mention))
            self.g.add((node, PG.mentionOf, actor))
            self.g.add((node, PG.mentionKind, Literal(mention.kind)))
            self.provenance(node, sentence=mention.sentence, start=mention.start, end=mention.end,
                            confidence=mention.confidence, rule=mention.rule)
            self.g.add((self.article, PG.mentions, actor))
        for ref in self.r.agreement_refs:
            self._invocation(ref)
        for guarantee in self.r.guarantees:
            self._guarantee(guarantee)
        for stance in self.r.stances:
            self._stance(stance)
        for quote in self.r.quotes:
            self._quote(quote)
        for holding in self.r.offices:
            self._office(holding)
        return self.g

    def _article(self) -> None:
        a, g, art = self.article, self.g, self.r.article
        g.add((a, RDF.type, PG.Article))
        g.add((a, RDF.type, SDO.NewsArticle))
        g.add((a, PG.documentId, Literal(art.id)))
        g.add((a, DCTERMS.identifier, Literal(art.id)))
        g.add((a, PG.contentHash, Literal(art.content_hash)))
        if art.title:
            g.add((a, DCTERMS.title, Literal(art.title)))
            g.add((a, SDO.headline, Literal(art.title)))
        if art.date:
            g.add((a, DCTERMS.issued, _date_literal(art.date)))
            g.add((a, SDO.datePublished, _date_literal(art.date)))
        if art.source:
            g.add((a, DCTERMS.source, Literal(art.source)))
        if art.url:
            try:
                g.add((a, SDO.url, iris.checked(art.url)))
            except iris.IRIError:
                g.add((a, SDO.url, Literal(art.url)))
        if art.language:
            g.add((a, DCTERMS.language, Literal(art.language)))
        g.add((a, PROV.wasGeneratedBy, self.run))
        g.add((self.run, RDF.type, PG.ExtractionRun))
        g.add((self.run, RDF.type, PROV.Activity))
        g.add((self.run, PROV.wasAssociatedWith, SOFTWARE))
        g.add((self.run, PG.pactgraphVersion, Literal(__version__)))
        g.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
        g.add((SOFTWARE, RDFS.label, Literal(f"pactgraph {__version__}")))

    def _invocation(self, ref) -> None:
        agreement = self.agreement(ref.agreement)
        self.g.add((self.article, PG.mentions, agreement))
        node = iris.fact_iri("invocation", self.doc_id, ref.start, ref.end, ref.agreement)
        self.g.add((node, RDF.type, PG.Invocation))
        self.g.add((node, PG.invokedAgreement, agreement))
        if ref.invoked_by:
            self.g.add((node, PG.invoker, self.entity(ref.invoked_by)))
        self.provenance(node, sentence=ref.sentence, start=ref.start, end=ref.end,
                        confidence=ref.confidence, rule=ref.rule)

    def guarantee_label(self, guarantee: Guarantee) -> str:
        def name(key: str) -> str:
            entity = self.r.entities.get(key) or self.entity_lookup(key)
            return entity.label if entity else key

        label = "security guarantee"
        if guarantee.beneficiary:
            label += f" for {name(guarantee.beneficiary)}"
        if guarantee.guarantors:
            names = [name(k) for k in guarantee.guarantors]
            label += " by " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
        if guarantee.threat:
            label += f" against {name(guarantee.threat)}"
        forms = [form_label(f) for f in guarantee.forms if f != "unspecified"]
        if forms:
            label += f" ({', '.join(forms)})"
        return label

    def _guarantee(self, gu: Guarantee) -> URIRef:
        node = iris.fact_iri("guarantee", self.doc_id, gu.id, gu.beneficiary, *gu.guarantors)
        self._guarantee_iris[gu.id] = node
        g = self.g
        g.add((node, RDF.type, PG.Guarantee))
        g.add((node, RDFS.label, Literal(self.guarantee_label(gu))))
        if gu.beneficiary:
            g.add((node, PG.beneficiary, self.entity(gu.beneficiary)))
        for guarantor in gu.guarantors:
            g.add((node, PG.guarantor, self.entity(guarantor)))
        if gu.threat:
            g.add((node, PG.guardsAgainst, self.entity(gu.threat)))
        for form in gu.forms:
            g.add((node, PG.guaranteeForm, GUARANTEE_FORM[form]))
        for domain in gu.domains:
            g.add((node, PG.guaranteeDomain, DOMAIN[domain]))
        g.add((node, PG.guaranteeStatus, GUARANTEE_STATUS[gu.status]))
        if gu.agreement:
            g.add((node, PG.restsOn, self.agreement(gu.agreement)))
        self.provenance(node, sentence=gu.sentence, start=gu.start, end=gu.end,
                        confidence=gu.confidence, rule=gu.rule)
        return node

    def target(self, target: Target) -> URIRef:
        if target.kind == "actor":
            return self.entity(target.key)
        if target.kind == "agreement":
            return self.agreement(target.key)
        if target.kind == "guarantee" and target.key in self._guarantee_iris:
            return self._guarantee_iris[target.key]
        node = iris.entity_iri("topic", target.key)
        if node not in self._written:
            self._written.add(node)
            self.g.add((node, RDF.type, PG.Topic))
            self.g.add((node, RDFS.label, Literal(target.label)))
        return node

    def _stance(self, st) -> None:
        node = stance_iri(self.doc_id, st)
        g = self.g
        g.add((node, RDF.type, PG.Stance))
        g.add((node, PG.stanceHolder, self.entity(st.holder)))
        g.add((node, PG.stanceType, STANCE_TYPE[st.stance_type]))
        g.add((node, PG.polarity, POLARITY[st.polarity]))
        g.add((node, PG.target, self.target(st.target)))
        date = st.date or self.r.article.date
        if date:
            g.add((node, PG.date, _date_literal(date)))
        g.add((node, PG.negated, _number(st.negated)))
        g.add((node, PG.hedged, _number(st.hedged)))
        if st.target_phrase:
            g.add((node, PG.targetPhrase, Literal(st.target_phrase)))
        if st.reported_by:
            g.add((node, PG.reportedBy, self.entity(st.reported_by)))
        self.provenance(node, sentence=st.sentence, start=st.start, end=st.end,
                        confidence=st.confidence, rule=st.rule)

    def _quote(self, qu) -> None:
        node = iris.fact_iri("quote", self.doc_id, qu.start, qu.end)
        g = self.g
        g.add((node, RDF.type, PG.Quote))
        g.add((node, RDF.type, SDO.Quotation))
        g.add((node, PG.quoteText, Literal(qu.text)))
        g.add((node, SDO.text, Literal(qu.text)))
        if qu.speaker:
            speaker = self.entity(qu.speaker)
            g.add((node, PG.speaker, speaker))
            g.add((node, SDO.spokenByCharacter, speaker))
        self.provenance(node, sentence=qu.sentence, start=qu.start, end=qu.end,
                        confidence=qu.confidence, rule=qu.rule)

    def _office(self, holding) -> None:
        office = iris.entity_iri("office", holding.office)
        g = self.g
        g.add((office, RDF.type, PG.Office))
        g.add((office, RDF.type, ORG.Post))
        g.add((office, RDFS.label, Literal(holding.office_label)))
        node = iris.fact_iri("holding", self.doc_id, holding.start, holding.end, holding.person, holding.office)
        g.add((node, RDF.type, PG.OfficeHolding))
        g.add((node, PG.holder, self.entity(holding.person)))
        g.add((node, PG.office, office))
        if holding.organization:
            org = self.entity(holding.organization)
            g.add((office, ORG.postIn, org))
            g.add((node, PG.officeIn, org))
        term = self.term_lookup(holding.person, holding.office, self.r.article.date)
        if term is not None:
            # xsd:dateTime, not xsd:date: these may reach HermiT, which rejects xsd:date
            for prop, day in ((PG.termStart, term[0]), (PG.termEnd, term[1])):
                if day is not None:
                    g.add((node, prop, Literal(f"{day.isoformat()}T00:00:00", datatype=XSD.dateTime)))
        self.provenance(node, sentence=holding.sentence, start=holding.start, end=holding.end)


def build_document_graph(
    records: DocRecords,
    *,
    entity_lookup: EntityLookup | None = None,
    agreement_lookup: AgreementLookup | None = None,
    term_lookup: TermLookup | None = None,
) -> Graph:
    """One document's records -> its own self-contained graph."""
    return DocumentGraphBuilder(
        records, entity_lookup=entity_lookup, agreement_lookup=agreement_lookup, term_lookup=term_lookup
    ).build()

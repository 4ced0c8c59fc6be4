"""Ontology terms as attributes: a typo raises instead of minting a wrong IRI.

`tests/test_namespace.py` checks every term here is declared in `ontology/pactgraph.ttl`.
"""

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/pactgraph/"
ONTOLOGY_IRI = BASE + "ontology"
DATA = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
VOCAB = Namespace(BASE + "vocab/")

# SKOS concept schemes; a concept's local name is what queries report (stanceType "demand").
STANCE_TYPE = Namespace(BASE + "vocab/stance-type/")
POLARITY = Namespace(BASE + "vocab/polarity/")
GUARANTEE_FORM = Namespace(BASE + "vocab/guarantee-form/")
DOMAIN = Namespace(BASE + "vocab/domain/")
GUARANTEE_STATUS = Namespace(BASE + "vocab/guarantee-status/")

OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


class PG(DefinedNamespace):
    """pactgraph's own terms (https://w3id.org/pactgraph/ontology#)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes: things that can be named in text
    NamedEntity: object
    Actor: object
    Person: object
    Country: object
    Organization: object
    Alliance: object
    IntergovernmentalOrganization: object
    Coalition: object
    MediaOrganization: object
    GovernmentBody: object
    Location: object
    # agreements
    Agreement: object
    Treaty: object
    Memorandum: object
    Declaration: object
    DraftAgreement: object
    Charter: object
    Provision: object
    AgreementOrProvision: object  # union class: what a guarantee rests on, what is invoked
    # n-ary facts
    Stance: object
    Guarantee: object
    Quote: object
    Invocation: object
    Topic: object
    Office: object
    OfficeHolding: object
    Mention: object
    Article: object
    Sentence: object
    ExtractionRun: object
    # concept classes (members of the SKOS schemes)
    StanceType: object
    Polarity: object
    GuaranteeForm: object
    Domain: object
    GuaranteeStatus: object

    # article and provenance
    documentId: object
    contentHash: object
    sentenceIndex: object
    inArticle: object
    inSentence: object
    evidence: object
    confidence: object
    extractedBy: object
    pactgraphVersion: object
    mentions: object
    # mentions
    mentionOf: object
    mentionKind: object
    # actors
    wikidata: object
    inKnowledgeBase: object
    # offices
    office: object
    officeIn: object
    holder: object
    termStart: object
    termEnd: object
    # agreements
    hasParty: object
    partyTo: object
    hasProvision: object
    provisionOf: object
    agreementDate: object
    # guarantees
    guarantor: object
    guarantorOf: object
    beneficiary: object
    beneficiaryOf: object
    guardsAgainst: object
    guaranteeForm: object
    guaranteeDomain: object
    guaranteeStatus: object
    restsOn: object
    guaranteesSecurityOf: object
    # stances
    stanceHolder: object
    holdsStance: object
    stanceType: object
    polarity: object
    target: object
    negated: object
    hedged: object
    targetPhrase: object
    reportedBy: object
    date: object
    corroborates: object
    contradicts: object
    # super-property of every actor role (guarantor, beneficiary, stanceHolder, speaker, ...)
    involves: object
    involvedIn: object
    # polarity of a stance type
    hasPolarity: object
    # quotes
    speaker: object
    quoteText: object
    # invocations
    invoker: object
    invokedAgreement: object

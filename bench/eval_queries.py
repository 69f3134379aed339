"""The search evaluation's queries: written for Accord, in the words regulators use.

Three kinds:

* ``users``: questions as a regulator, trainer or official would type them, without the
  library's own terms (50);
* ``keyword``: the library's own terms, as a specialist would type them (20);
* ``crosslingual``: French, Spanish, Arabic and Portuguese questions whose answers are
  English documents (12).

Every kind is split into a ``tune`` half (odd positions) and a ``test`` half (even
positions), fixed before any measurement: weights and thresholds are chosen on ``tune``
only, and ``test`` is reported as it falls. A query counts as a hit at 3 when one of its
``relevant`` documents is among the first three results. ``nist/...`` ids are documents of
the NIST AI RMF Playbook built by ``bench.eval_corpus``; the rest are ``content/``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EvalQuery:
    """One query, the documents that answer it, its kind and its half."""

    text: str
    relevant: tuple[str, ...]
    kind: str
    split: str
    language: str = "en"


def _kind(kind: str, rows: list[tuple], language: str = "en") -> list[EvalQuery]:
    out = []
    for i, row in enumerate(rows):
        text, relevant = row[0], row[1]
        lang = row[2] if len(row) > 2 else language
        out.append(EvalQuery(text, tuple(relevant), kind, "tune" if i % 2 == 0 else "test", lang))
    return out


USERS = [
    (
        "how do we stop an AI system that keeps making mistakes",
        [
            "nist/manage-2-4",
            "standards/human-oversight",
            "playbooks/human-oversight-in-practice",
            "templates/oversight-plan",
        ],
    ),
    (
        "what should we do when a fake video of the president goes viral",
        ["playbooks/deepfake-incident-response", "playbooks/label-ai-generated-content"],
    ),
    (
        "checking if the computer treats women and men differently",
        ["playbooks/test-for-bias", "standards/fairness-and-human-rights", "nist/measure-2-11"],
    ),
    (
        "how to buy software with AI from a company safely",
        [
            "playbooks/procure-ai-responsibly",
            "templates/procurement-contract-clauses",
            "nist/govern-6-1",
        ],
    ),
    (
        "people should be able to complain when a machine decides against them",
        [
            "standards/fairness-and-human-rights",
            "playbooks/explain-ai-decisions",
            "nist/measure-3-3",
        ],
    ),
    (
        "tell citizens where the government uses algorithms",
        ["playbooks/public-ai-register", "templates/ai-register-entry"],
    ),
    (
        "how much electricity and water do data centres use",
        [
            "playbooks/energy-and-environmental-impact",
            "standards/societal-and-environmental-impact",
            "nist/measure-2-12",
        ],
    ),
    (
        "staff trust the computer too much and stop thinking",
        ["guides/automation-bias", "playbooks/human-oversight-in-practice"],
    ),
    (
        "who should be in charge of AI in our country",
        ["playbooks/establish-national-ai-authority", "templates/model-clauses-ai-decree"],
    ),
    (
        "what happens to workers whose jobs are replaced by machines",
        ["playbooks/jobs-and-skills-transition", "standards/societal-and-environmental-impact"],
    ),
    ("teaching ordinary people what AI is", ["playbooks/public-ai-literacy"]),
    (
        "visiting a company to check they follow the AI rules",
        ["playbooks/conduct-ai-inspection", "standards/compliance-monitoring"],
    ),
    (
        "asking the public what they think before writing the law",
        ["playbooks/participatory-consultation", "cases/kenya"],
    ),
    (
        "what to do when an AI system causes harm to someone",
        ["standards/incident-reporting", "templates/incident-report-form", "nist/manage-4-3"],
    ),
    ("hackers attacking our AI model", ["standards/secure-by-design", "nist/measure-2-7"]),
    (
        "explaining to a farmer why the loan was refused by the computer",
        ["playbooks/explain-ai-decisions", "standards/transparency-and-explainability"],
    ),
    ("when do the European rules start to apply", ["reference/eu-ai-act-timeline"]),
    (
        "should we regulate the big general models like ChatGPT or the apps",
        [
            "playbooks/choose-regulatory-approach",
            "guides/foundation-models-and-applications",
            "standards/foundation-model-obligations",
        ],
    ),
    (
        "writing the text of a decree on artificial intelligence",
        ["templates/model-clauses-ai-decree"],
    ),
    ("how do we retire an old AI system safely", ["nist/govern-1-7", "nist/manage-2-4"]),
    (
        "keeping a list of all the AI tools our ministry uses",
        ["nist/govern-1-6", "playbooks/public-ai-register"],
    ),
    (
        "how risky is this system before we switch it on",
        [
            "templates/algorithmic-impact-assessment",
            "standards/ai-risk-management",
            "standards/risk-based-application-oversight",
        ],
    ),
    (
        "making sure the people affected can give feedback about the system",
        ["nist/govern-5-1", "nist/measure-3-3", "playbooks/participatory-consultation"],
    ),
    (
        "which countries in Africa have a national AI plan",
        ["cases/african-union", "cases/kenya", "cases/nigeria", "cases/rwanda"],
    ),
    (
        "stopping AI from spying on people",
        ["reference/military-and-surveillance-ai", "playbooks/early-warning-network"],
    ),
    (
        "free tools to check a model for unfairness",
        ["reference/tools-catalogue", "playbooks/test-for-bias"],
    ),
    ("a workshop for civil servants without internet", ["playbooks/train-the-trainer-workshop"]),
    (
        "how to gain the trust of other countries about our intentions",
        ["playbooks/costly-signals-trust-building"],
    ),
    (
        "sharing warnings about misuse with neighbouring countries",
        ["playbooks/early-warning-network", "standards/incident-reporting"],
    ),
    (
        "getting companies to agree on common technical rules",
        ["playbooks/engage-industry-on-standards"],
    ),
    (
        "someone who is blind or speaks a minority language cannot use the service",
        ["guides/inclusive-ai-services"],
    ),
    (
        "what must makers of very large AI models disclose",
        ["standards/foundation-model-obligations"],
    ),
    (
        "who is to blame when the AI gets it wrong",
        ["standards/fairness-and-human-rights", "nist/govern-2-1", "nist/govern-2-3"],
    ),
    (
        "marking pictures that were made by a computer",
        ["playbooks/label-ai-generated-content", "cases/china"],
    ),
    (
        "how good is our country at governing AI, as a score",
        [
            "checklists/national-ai-readiness",
            "guides/global-ai-safety-index",
            "playbooks/run-readiness-self-assessment",
        ],
    ),
    ("are we ready to use this chatbot in our office", ["checklists/ai-deployment-readiness"]),
    (
        "training our team to manage AI risk",
        ["nist/govern-2-2", "playbooks/capacity-building-programme"],
    ),
    (
        "the system worked in testing but fails with real users",
        ["nist/measure-2-3", "nist/measure-2-5", "nist/measure-2-4", "nist/manage-4-1"],
    ),
    ("protecting the personal data the AI uses", ["nist/measure-2-10"]),
    (
        "making sure a person checks the decision before it is final",
        ["standards/human-oversight", "playbooks/human-oversight-in-practice", "nist/map-3-5"],
    ),
    (
        "the supplier's model might have problems we cannot see",
        ["nist/govern-6-1", "nist/manage-3-1", "nist/manage-3-2", "nist/map-4-1"],
    ),
    (
        "watching the system after it goes live",
        ["nist/manage-4-1", "nist/measure-2-4", "standards/compliance-monitoring"],
    ),
    ("how much risk are we willing to accept", ["nist/map-1-5", "nist/govern-1-3"]),
    ("a diverse team to look at the risks", ["nist/govern-3-1", "nist/map-1-2"]),
    (
        "fines for companies that break AI rules",
        ["standards/compliance-monitoring", "templates/model-clauses-ai-decree"],
    ),
    (
        "helping poorer countries get the skills and technology",
        ["playbooks/capacity-building-programme", "guides/five-challenges"],
    ),
    ("what does this technical word mean", ["glossary/glossary"]),
    (
        "sorting AI uses into banned, dangerous and harmless",
        ["standards/risk-based-application-oversight", "reference/eu-ai-act-timeline"],
    ),
    ("a form to fill in when something goes wrong with AI", ["templates/incident-report-form"]),
    (
        "checking that the AI does what it was meant to do before launch",
        ["nist/manage-1-1", "nist/measure-2-5", "standards/ai-risk-management"],
    ),
]

KEYWORDS = [
    ("secure by design", ["standards/secure-by-design"]),
    ("incident reporting", ["standards/incident-reporting", "templates/incident-report-form"]),
    ("human oversight", ["standards/human-oversight", "playbooks/human-oversight-in-practice"]),
    ("algorithmic impact assessment", ["templates/algorithmic-impact-assessment"]),
    ("deepfake", ["playbooks/deepfake-incident-response"]),
    ("automation bias", ["guides/automation-bias"]),
    ("procurement contract clauses", ["templates/procurement-contract-clauses"]),
    ("public register", ["playbooks/public-ai-register", "templates/ai-register-entry"]),
    ("demographic parity", ["playbooks/test-for-bias"]),
    (
        "foundation models",
        [
            "guides/foundation-models-and-applications",
            "standards/foundation-model-obligations",
            "playbooks/choose-regulatory-approach",
        ],
    ),
    (
        "readiness self-assessment",
        ["checklists/national-ai-readiness", "playbooks/run-readiness-self-assessment"],
    ),
    ("EU AI Act timeline", ["reference/eu-ai-act-timeline"]),
    ("costly signals", ["playbooks/costly-signals-trust-building"]),
    ("early warning network", ["playbooks/early-warning-network"]),
    ("decommissioning", ["nist/govern-1-7"]),
    ("residual risks", ["nist/manage-1-4"]),
    ("third-party risks", ["nist/govern-6-1", "nist/map-4-1", "nist/manage-3-1"]),
    (
        "explainability and interpretability",
        ["nist/measure-2-9", "standards/transparency-and-explainability"],
    ),
    ("risk tolerance", ["nist/map-1-5", "nist/govern-1-3"]),
    ("labelling AI-generated content", ["playbooks/label-ai-generated-content"]),
]

CROSSLINGUAL = [
    (
        "comment arrêter un système d'IA qui fait des erreurs",
        [
            "standards/human-oversight",
            "playbooks/human-oversight-in-practice",
            "nist/manage-2-4",
            "templates/oversight-plan",
        ],
        "fr",
    ),
    ("vidéo truquée d'un ministre", ["playbooks/deepfake-incident-response"], "fr"),
    (
        "tester les biais d'un algorithme",
        ["playbooks/test-for-bias", "standards/fairness-and-human-rights", "nist/measure-2-11"],
        "fr",
    ),
    (
        "acheter un système d'IA pour l'administration",
        ["playbooks/procure-ai-responsibly", "templates/procurement-contract-clauses"],
        "fr",
    ),
    (
        "cómo informar de un incidente causado por la IA",
        ["standards/incident-reporting", "templates/incident-report-form"],
        "es",
    ),
    (
        "consumo de energía de los centros de datos",
        [
            "playbooks/energy-and-environmental-impact",
            "standards/societal-and-environmental-impact",
            "nist/measure-2-12",
        ],
        "es",
    ),
    (
        "registro público de los algoritmos del gobierno",
        ["playbooks/public-ai-register", "templates/ai-register-entry"],
        "es",
    ),
    (
        "explicar una decisión automatizada a un ciudadano",
        ["playbooks/explain-ai-decisions", "standards/transparency-and-explainability"],
        "es",
    ),
    (
        "كيف نختبر التحيز في أنظمة الذكاء الاصطناعي",
        ["playbooks/test-for-bias", "standards/fairness-and-human-rights", "nist/measure-2-11"],
        "ar",
    ),
    (
        "الإبلاغ عن حوادث الذكاء الاصطناعي",
        ["standards/incident-reporting", "templates/incident-report-form", "nist/manage-4-3"],
        "ar",
    ),
    (
        "الرقابة البشرية على أنظمة الذكاء الاصطناعي",
        ["standards/human-oversight", "playbooks/human-oversight-in-practice"],
        "ar",
    ),
    (
        "como rotular conteúdo gerado por inteligência artificial",
        ["playbooks/label-ai-generated-content"],
        "pt",
    ),
]

QUERIES: list[EvalQuery] = (
    _kind("users", USERS) + _kind("keyword", KEYWORDS) + _kind("crosslingual", CROSSLINGUAL)
)

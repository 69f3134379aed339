"""A deterministic synthetic library for benchmarks: governance prose in five languages.

The same seed always gives the same documents, so numbers from different runs and machines
compare. Documents look like the real library: front matter per CONTENT.md (title, type, id,
summary, language, tags with ``/`` nesting, components, audience), Markdown bodies with
headings, lists, wikilinks and the odd table, about 250–900 words, mostly English with French,
Spanish, Portuguese and Arabic ones mixed in.

    python -m bench.corpus OUT_DIR [--docs 1000] [--seed 7]   # write Markdown files
    from bench.corpus import generate                          # in-memory IndexDoc list
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from index.api import IndexDoc

SIZES = (1000, 10000)
DEFAULT_SEED = 7

TYPES = [
    ("standard", "standards", 0.2),
    ("playbook", "playbooks", 0.3),
    ("guide", "guides", 0.25),
    ("checklist", "checklists", 0.1),
    ("reference", "reference", 0.1),
    ("glossary", "glossary", 0.05),
]
COMPONENTS = ["ethics", "robustness", "governance", "transparency", "human-ai", "societal"]
AUDIENCES = ["regulator", "trainer", "official"]
LANGUAGES = [("en", 0.85), ("fr", 0.05), ("es", 0.04), ("pt", 0.03), ("ar", 0.03)]
TAGS = [
    "governance/enforcement",
    "governance/institutions",
    "governance/obligations",
    "governance/inspections",
    "foundation-models",
    "general-purpose-ai",
    "risk-management",
    "risk-management/assessment",
    "incident-reporting",
    "transparency/model-cards",
    "transparency/explanations",
    "ethics/fairness",
    "ethics/human-rights",
    "security/secure-by-design",
    "security/red-teaming",
    "capacity-building",
    "technology-transfer",
    "early-warning",
    "participation",
    "trust-building",
    "procurement",
    "data-protection",
    "environment/energy",
    "digital-divide",
    "international-coordination",
]

# Vocabulary by component: the words that make a document "about" something.
TOPICS = {
    "ethics": [
        "fairness",
        "accountability",
        "human rights",
        "discrimination",
        "bias audit",
        "ethics principles",
        "dignity",
        "non-discrimination",
        "equal treatment",
        "redress",
    ],
    "robustness": [
        "robustness",
        "adversarial attacks",
        "red teaming",
        "secure by design",
        "model security",
        "failure modes",
        "manipulation",
        "incident response",
        "resilience",
        "stress testing",
    ],
    "governance": [
        "governance",
        "enforcement",
        "inspections",
        "compliance monitoring",
        "penalties",
        "regulatory sandbox",
        "licensing",
        "conformity assessment",
        "oversight body",
        "mandate",
    ],
    "transparency": [
        "transparency",
        "explainability",
        "model cards",
        "documentation",
        "disclosure",
        "audit trail",
        "transparency notice",
        "traceability",
        "record keeping",
        "labelling",
    ],
    "human-ai": [
        "human oversight",
        "human review",
        "augmentation",
        "automation",
        "workforce",
        "meaningful control",
        "escalation",
        "operator training",
        "override",
        "collaboration",
    ],
    "societal": [
        "digital divide",
        "well-being",
        "energy use",
        "environmental impact",
        "inclusion",
        "public services",
        "misinformation",
        "labour markets",
        "sustainability",
        "access",
    ],
}
SHARED = [
    "foundation models",
    "general-purpose AI",
    "risk assessment",
    "the coordinating body",
    "national AI authority",
    "capacity building",
    "technology transfer",
    "early warning",
    "costly signals",
    "trust building",
    "participatory decision-making",
    "public consultation",
    "high-risk applications",
    "deployers",
    "providers",
    "civil society",
    "incident reports",
    "procurement",
    "impact assessment",
    "safety evaluation",
]
SUBJECTS = [
    "The regulator",
    "The national AI authority",
    "Providers of foundation models",
    "Public bodies",
    "The coordinating body",
    "Inspectors",
    "Developers",
    "Deployers",
    "Civil society groups",
    "Trainers",
    "Senior officials",
    "Independent auditors",
]
VERBS = [
    "shall publish",
    "should assess",
    "must document",
    "reviews",
    "monitors",
    "enforces",
    "should explain",
    "shall report",
    "coordinates",
    "evaluates",
    "supports",
    "funds",
    "shall keep",
    "can request",
    "should share",
    "tests",
]
QUALIFIERS = [
    "before deployment",
    "every year",
    "within 30 days",
    "in proportion to risk",
    "after a serious incident",
    "with the public",
    "across borders",
    "for high-risk systems",
    "in plain language",
    "with clear deadlines",
    "at each release",
    "where resources allow",
]
CONNECTIVES = ["In practice,", "For example,", "As a rule,", "Where possible,", "In addition,", ""]

FOREIGN = {
    "fr": {
        "subjects": [
            "Le régulateur",
            "Les régulateurs",
            "L'autorité nationale",
            "Les fournisseurs",
        ],
        "verbs": ["doit publier", "évalue", "surveille", "doit documenter", "coordonne"],
        "objects": [
            "les modèles de fondation",
            "la gouvernance de l'IA",
            "les évaluations des risques",
            "la transparence",
            "les incidents graves",
            "les droits humains",
            "la conformité",
        ],
        "quals": ["avant le déploiement", "chaque année", "en proportion du risque"],
        "titles": ["Guide de la gouvernance", "Obligations des régulateurs", "Évaluer les risques"],
    },
    "es": {
        "subjects": ["El regulador", "Los reguladores", "La autoridad nacional", "Los proveedores"],
        "verbs": ["debe publicar", "evalúa", "supervisa", "debe documentar", "coordina"],
        "objects": [
            "los modelos fundacionales",
            "la gobernanza de la IA",
            "las evaluaciones de riesgo",
            "la transparencia",
            "los incidentes graves",
            "los derechos humanos",
        ],
        "quals": ["antes del despliegue", "cada año", "en proporción al riesgo"],
        "titles": ["Guía de gobernanza", "Obligaciones de los reguladores", "Evaluar riesgos"],
    },
    "pt": {
        "subjects": ["O regulador", "Os reguladores", "A autoridade nacional", "Os fornecedores"],
        "verbs": ["deve publicar", "avalia", "supervisiona", "deve documentar", "coordena"],
        "objects": [
            "os modelos de fundação",
            "a governança da IA",
            "as avaliações de risco",
            "a transparência",
            "os incidentes graves",
            "os direitos humanos",
        ],
        "quals": ["antes da implantação", "todos os anos", "em proporção ao risco"],
        "titles": ["Guia de governança", "Obrigações dos reguladores", "Avaliar riscos"],
    },
    "ar": {
        "subjects": ["الجهة التنظيمية", "الهيئة الوطنية", "مقدمو النماذج", "المفتشون"],
        "verbs": ["تنشر", "تقيّم", "تراقب", "توثّق", "تنسّق"],
        "objects": [
            "حوكمة الذكاء الاصطناعي",
            "النماذج التأسيسية",
            "تقييم المخاطر",
            "الشفافية",
            "الحوادث الخطيرة",
            "حقوق الإنسان",
        ],
        "quals": ["قبل النشر", "كل عام", "بما يتناسب مع المخاطر"],
        "titles": ["دليل الحوكمة", "التزامات الجهات التنظيمية", "تقييم المخاطر"],
    },
}
TITLE_PATTERNS = [
    "{Topic} for {aud}s",
    "How to run {topic} at national level",
    "Standard on {topic}",
    "{Topic} and {topic2}",
    "A playbook for {topic}",
    "Checklist: {topic} readiness",
    "Guide to {topic} in {shared}",
]


@dataclass(frozen=True)
class SynthDoc:
    """One generated document with its front matter and Markdown body."""

    doc: IndexDoc
    folder: str
    slug: str
    #: The Markdown body as written (for checklists, ``doc.body`` also has the questions,
    #: as ``desktop.core.search.documents`` indexes them).
    text: str = ""
    #: Checklist items: (item id, component, question).
    questions: tuple[tuple[str, str, str], ...] = ()

    def markdown(self) -> str:
        """The document as a Markdown file with YAML front matter (CONTENT.md v1)."""
        d = self.doc

        def yaml_list(values: tuple[str, ...]) -> str:
            return "[" + ", ".join(values) + "]"

        front = [
            "---",
            f"title: {_yaml_str(d.title)}",
            f"type: {d.type}",
            f"summary: {_yaml_str(d.summary)}",
            f"language: {d.language}",
            f"tags: {yaml_list(d.tags)}",
            f"components: {yaml_list(d.components)}",
            f"audience: {yaml_list(d.audience)}",
            "version: 1.0.0",
            "reviewed: 2026-01-15",
            "license: CC-BY-4.0",
        ]
        if self.questions:
            front += ["scale: yes-partial-no", "sections:"]
            for component in dict.fromkeys(c for _, c, _ in self.questions):
                front += [
                    f"  - id: {component}",
                    f"    title: {_yaml_str(component.replace('-', ' ').capitalize())}",
                    f"    component: {component}",
                    "    items:",
                ]
                for item_id, comp, ask in self.questions:
                    if comp == component:
                        front += [f"      - id: {item_id}", f"        ask: {_yaml_str(ask)}"]
        front += ["---", ""]
        return "\n".join(front) + (self.text or d.body) + "\n"


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


_CUM_WEIGHTS: dict[int, list[float]] = {}


def _zipf_pick(rng: random.Random, items: list[str]) -> str:
    # Earlier items are commoner, as in real text (Zipf: weight 1/rank).
    cum = _CUM_WEIGHTS.get(id(items))
    if cum is None:
        cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(items))))
        _CUM_WEIGHTS[id(items)] = cum
    return rng.choices(items, cum_weights=cum)[0]


_SYLLABLES = ["ka", "lo", "ren", "di", "sa", "mor", "tu", "vel", "an", "qui", "bre", "zo", "mi"]
_NAME_RNG = random.Random(12345)
# A long tail of rare words (places, programmes, acts), as a real library has: they make the
# term dictionary realistically large for prefix expansion and spelling suggestions.
RARE = sorted(
    {
        "".join(_NAME_RNG.choice(_SYLLABLES) for _ in range(_NAME_RNG.randint(2, 4))).capitalize()
        for _ in range(6000)
    }
)
RARE_FRAMES = [
    "in {name}",
    "under the {name} Act",
    "as the {name} pilot showed",
    "with the {name} Institute",
    "under Article {num}",
    "in the {name} region",
    "since {year}",
]


def _rare(rng: random.Random) -> str:
    return rng.choice(RARE_FRAMES).format(
        name=_zipf_pick(rng, RARE), num=rng.randint(1, 120), year=rng.randint(1995, 2026)
    )


def _english_sentence(rng: random.Random, comps: list[str]) -> str:
    topic_words = TOPICS[rng.choice(comps)]
    obj = _zipf_pick(rng, topic_words) if rng.random() < 0.7 else _zipf_pick(rng, SHARED)
    connective = rng.choice(CONNECTIVES)
    subject = rng.choice(SUBJECTS)
    if connective:
        # "In practice, the regulator ..." (keep "AI" and other capitals after the first word).
        subject = subject[0].lower() + subject[1:]
    parts = [connective, subject, rng.choice(VERBS), obj]
    if rng.random() < 0.6:
        parts.append(rng.choice(QUALIFIERS))
    if rng.random() < 0.3:
        parts += ["and", _zipf_pick(rng, SHARED)]
    if rng.random() < 0.35:
        parts.append(_rare(rng))
    return " ".join(p for p in parts if p) + "."


def _foreign_sentence(rng: random.Random, lang: str) -> str:
    v = FOREIGN[lang]
    parts = [rng.choice(v["subjects"]), rng.choice(v["verbs"]), rng.choice(v["objects"])]
    if rng.random() < 0.5:
        parts.append(rng.choice(v["quals"]))
    return " ".join(parts) + "."


def _body(rng: random.Random, lang: str, comps: list[str], title: str, ids: list[str]) -> str:
    target_words = rng.randint(200, 800)
    lines = [f"# {title}", ""]
    words = 0
    section = 0
    headings = ["Purpose", "Scope", "Requirements", "Steps", "Evidence", "Pitfalls", "Examples"]
    while words < target_words:
        if lang == "en":
            lines += [f"## {headings[section % len(headings)]}", ""]
        else:
            lines += [f"## {section + 1}", ""]
        section += 1
        for _ in range(rng.randint(2, 4)):
            n = rng.randint(2, 5)
            if lang == "en":
                sentences = [_english_sentence(rng, comps) for _ in range(n)]
            else:
                sentences = [_foreign_sentence(rng, lang) for _ in range(n)]
            if ids and rng.random() < 0.3:
                sentences.append(f"See [[{rng.choice(ids)}]].")
            para = " ".join(sentences)
            words += para.count(" ") + 1
            if rng.random() < 0.2:
                lines += [f"- {s}" for s in sentences] + [""]
            else:
                lines += [para, ""]
        if lang == "en" and rng.random() < 0.1:
            lines += ["| Step | Who | When |", "|---|---|---|"]
            lines += [
                f"| {_zipf_pick(rng, SHARED)} | {rng.choice(SUBJECTS)} | {rng.choice(QUALIFIERS)} |"
                for _ in range(3)
            ]
            lines.append("")
    return "\n".join(lines)


def _questions(
    rng: random.Random, lang: str, comps: list[str], slug: str
) -> tuple[tuple[str, str, str], ...]:
    """Three yes/partial/no questions per component of a checklist."""
    out = []
    for comp in comps:
        for k in range(1, 4):
            if lang == "en":
                ask = (
                    f"Is there {_zipf_pick(rng, TOPICS[comp])} {rng.choice(QUALIFIERS)}, "
                    f"and who owns {_zipf_pick(rng, SHARED)}?"
                )
            else:
                ask = _foreign_sentence(rng, lang)[:-1] + "?"
            out.append((f"{slug.upper()}-{comp.upper()}-{k}", comp, ask))
    return tuple(out)


def iter_synth(n: int, seed: int = DEFAULT_SEED) -> Iterator[SynthDoc]:
    """Yield ``n`` deterministic documents."""
    rng = random.Random(seed)
    made_ids: list[str] = []
    for i in range(n):
        type_ = _weighted(rng, [(t, w) for t, _, w in TYPES])
        folder = next(f for t, f, _ in TYPES if t == type_)
        lang = _weighted(rng, LANGUAGES)
        comps = rng.sample(COMPONENTS, rng.randint(1, 3))
        audience = tuple(sorted(rng.sample(AUDIENCES, rng.randint(1, 2))))
        tags = tuple(sorted(set(rng.sample(TAGS, rng.randint(1, 4)))))
        if lang == "en":
            topic = _zipf_pick(rng, TOPICS[comps[0]])
            topic2 = _zipf_pick(rng, TOPICS[comps[-1]])
            title = rng.choice(TITLE_PATTERNS).format(
                Topic=topic[0].upper() + topic[1:],
                topic=topic,
                topic2=topic2,
                aud=rng.choice(AUDIENCES),
                shared=_zipf_pick(rng, SHARED),
            )
            summary = _english_sentence(rng, comps)
        else:
            title = rng.choice(FOREIGN[lang]["titles"]) + f" {i}"
            summary = _foreign_sentence(rng, lang)
        slug = f"doc-{i:05d}"
        # No "id" in the front matter: it defaults to the path without ".md", as here.
        doc_id = f"{folder}/{slug}"
        body = _body(rng, lang, comps, title, made_ids[-50:])
        made_ids.append(doc_id)
        questions: tuple[tuple[str, str, str], ...] = ()
        text = body
        if type_ == "checklist":
            # A separate generator, so adding questions leaves every other document as it was.
            questions = _questions(random.Random(f"{seed}-{i}"), lang, comps, slug)
            body = text + "\n\n" + "\n\n".join(f"{qid} {ask}" for qid, _, ask in questions)
        fp = hashlib.sha256(f"{title}\n{summary}\n{body}".encode()).hexdigest()
        doc = IndexDoc(
            id=doc_id,
            title=title,
            body=body,
            type=type_,
            summary=summary,
            tags=tags,
            components=tuple(comps),
            audience=audience,
            language=lang,
            pack="bench",
            path=f"{doc_id}.md",
            fingerprint=fp,
        )
        yield SynthDoc(doc=doc, folder=folder, slug=slug, text=text, questions=questions)


def generate(n: int, seed: int = DEFAULT_SEED) -> list[IndexDoc]:
    """Return ``n`` deterministic ``IndexDoc`` objects (in memory)."""
    return [s.doc for s in iter_synth(n, seed)]


def write_library(out_dir: Path, n: int, seed: int = DEFAULT_SEED) -> int:
    """Write ``n`` documents as ``<type-folder>/<slug>.md`` under ``out_dir``; return n."""
    count = 0
    for synth in iter_synth(n, seed):
        path = out_dir / synth.folder / f"{synth.slug}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(synth.markdown(), encoding="utf-8")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic library to a folder."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--docs", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    n = write_library(args.out_dir, args.docs, args.seed)
    print(f"wrote {n} documents to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

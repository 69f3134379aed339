"""The read-only HTML dashboard: the index per country and the institutions behind it.

Server-rendered, no script, every value from a device escaped; the page is served with a
Content-Security-Policy that allows nothing but its own inline style.
"""

from __future__ import annotations

from html import escape
from typing import Any

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
p.meta { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; margin: 1rem 0 2rem; width: 100%; }
th, td { border-bottom: 1px solid #d0d7de; padding: .45rem .6rem; text-align: left;
         vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
meter { width: 5rem; height: .8rem; vertical-align: middle; margin-right: .4rem; }
.na { color: #8c959f; font-style: italic; }
small { color: #57606a; }
.scroll { overflow-x: auto; }
"""


def _score_cell(score: float | None, count: int | None = None) -> str:
    if score is None:
        return '<td class="num na">not assessed</td>'
    n = f" <small>({count})</small>" if count is not None else ""
    return (
        f'<td class="num"><meter min="0" max="100" low="40" high="70" optimum="100" '
        f'value="{score:.2f}"></meter>{score:.1f}{n}</td>'
    )


def _partial_section(partial: list[dict[str, Any]]) -> str:
    """The partial assessments, listed so an operator can follow them up."""
    if not partial:
        return ""
    rows = "\n".join(
        f"<tr><td>{escape(p['country'])}</td><td>{escape(p['institution'])}</td>"
        f"<td>{escape(p['created'][:10])}</td>"
        f"<td>{escape(p.get('partial_reason') or '')}</td></tr>"
        for p in partial
    )
    return f"""<h2>Partial assessments (not counted)</h2>
<div class="scroll"><table>
<thead><tr><th scope="col">Country</th><th scope="col">Institution</th>
<th scope="col">Sent</th><th scope="col">Why partial</th></tr></thead>
<tbody>
{rows}
</tbody>
</table></div>"""


def render(document: dict[str, Any], hub_id: str) -> str:
    """The dashboard page for an ``index_document``."""
    components: dict[str, str] = document["components"]
    head = "".join(f'<th scope="col">{escape(title)}</th>' for title in components.values())
    rows = []
    for c in document["countries"]:
        cells = "".join(
            _score_cell(comp["score"], comp["institutions"]) for comp in c["components"].values()
        )
        rows.append(
            f'<tr><th scope="row">{escape(c["country_name"])} '
            f"<small>{escape(c['country'])}</small></th>"
            f'<td class="num">{c["institutions"]}</td>'
            f'<td class="num">{c.get("partial_assessments", 0)}</td>'
            f"{_score_cell(c['overall'])}{cells}</tr>"
        )
    countries = "\n".join(rows) or (
        f'<tr><td colspan="{4 + len(components)}" class="na">No submissions yet.</td></tr>'
    )
    inst_rows = []
    for r in document["institutions"]:
        cells = "".join(_score_cell(r["components"][cid]) for cid in components)
        inst_rows.append(
            f"<tr><td>{escape(r['country'])}</td><td>{escape(r['institution'])}</td>"
            f"<td>{escape(r['completed'][:10])}</td>"
            f"<td>{escape(r['checklist']['id'])} {escape(r['checklist']['version'])}</td>"
            f"{_score_cell(r['overall'])}{cells}</tr>"
        )
    institutions = "\n".join(inst_rows) or (
        f'<tr><td colspan="{5 + len(components)}" class="na">No submissions yet.</td></tr>'
    )
    partial = _partial_section(document.get("partial_assessments", []))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accord hub — Global AI Safety Index</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Global AI Safety Index</h1>
<p class="meta">Hub {escape(hub_id)} · generated {escape(document["generated"])} · read-only.
Each country's score is the mean over its institutions' latest complete assessments;
the number of institutions is in brackets. Partial assessments are kept and counted in
their own column, but no score uses them.</p>
<h2>By country</h2>
<div class="scroll"><table>
<thead><tr><th scope="col">Country</th><th scope="col">Institutions</th>
<th scope="col">Partial (not counted)</th>
<th scope="col">Overall</th>{head}</tr></thead>
<tbody>
{countries}
</tbody>
</table></div>
<h2>Latest assessment of each institution</h2>
<div class="scroll"><table>
<thead><tr><th scope="col">Country</th><th scope="col">Institution</th>
<th scope="col">Completed</th><th scope="col">Checklist</th><th scope="col">Overall</th>
{head}</tr></thead>
<tbody>
{institutions}
</tbody>
</table></div>
{partial}
</body>
</html>
"""

"""Small articles written for the tests (our own sentences) and ways to save them in each format."""

from __future__ import annotations

import json
from pathlib import Path

BODIES = [
    "Russian diplomats returned to Damascus on Wednesday for talks with the new authorities.\n\n"
    "The visitors raised the future of the Hmeimim air base, officials in both capitals said.",
    "Syria's foreign minister flew to Moscow for his first official trip since the change of power.\n\n"
    "He met Sergei Lavrov, and the two men promised to review every agreement signed under Assad.",
    "A cargo plane loaded with banknotes printed in Russia landed at Damascus airport.\n\n"
    "Economists said the shipment would ease a cash shortage that has slowed reconstruction.",
    "Turkish officials watched the rapprochement between Moscow and Damascus with some unease.\n\n"
    "Ankara has trained parts of the new Syrian army and wants a say over the coastal bases.",
]


def write_text(folder: Path, name: str, body: str, **header: str) -> Path:
    lines = [f"{key.upper()}: {value}" for key, value in header.items()]
    text = ("\n".join(lines) + "\n\n" if lines else "") + body + "\n"
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def html_page(title: str, body: str, site: str = "Levant Ledger", published: str = "2025-08-02") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{published}T08:00:00Z'>"
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/login'>Sign in</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Subscribe to our newsletter. All rights reserved.</footer></body></html>"
    )


def write_jsonl(folder: Path, name: str, records: list[dict[str, object] | str]) -> Path:
    path = folder / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
                    encoding="utf-8")
    return path

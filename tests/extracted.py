"""A corpus of extracted findings, made the way a user makes one: ``briefing ingest``."""

from __future__ import annotations

from pathlib import Path

from briefing.storage.paths import bundled_corpus
from briefing.workflows.ingest import Ingester, ensure_corpus

ARTICLE = """Ha Nam reviews digital transformation in 2024

Báo Hà NamBáo Hà Nam14/01/2025

On the morning of January 14, the Provincial People's Committee of Ha Nam reviewed digital transformation in 2024.
The province has issued 780,000 chip-embedded citizen identification cards, and 1,150 online public services have been provided on the provincial portal.
However, the rate of full-process online public services remains low, only 31%.
The Department of Information and Communications shall preside over and coordinate with relevant agencies to complete the provincial data warehouse before June 30, 2025.
Delegates at the conference. (Photo: Thu Ha)
Comment (0)
"""
# A page broken at a fixed width, even mid-sentence, as some portals and copies are.
HARD_WRAPPED = """Province speeds up e-ID activation

Over
the past months, agencies at all levels have worked with the police to grant
citizen identification cards. By the end of May, the province had granted
98% of the cards it planned, and the police had received 512,300 applications
for electronic identification accounts from residents of every district.
However,
the activation rate of level-2 accounts remains low, at only 31.4% of the
applications approved by the Ministry of Public Security this year.
The province will connect all commune offices to the data network and the
provincial portal so that residents can file their applications online.
Source: https://province.gov.vn/news/e-id-activation
"""
SOURCE = "ha-nam-reviews-digital-transformation-in-2024"
IDS = [f"{SOURCE}-x{n:03d}" for n in range(1, 5)]
"""The four findings the extractor finds: two achievements, a limitation, a deadline."""


def ingest_article(root: Path, tmp_path: Path, text: str = ARTICLE) -> Path:
    """Ingest ``text`` into the corpus at ``root`` (created if needed); returns ``root``."""
    article = tmp_path / f"article-{abs(hash(text))}.txt"
    article.write_text(text, encoding="utf-8")
    ensure_corpus(root, bundled_corpus())
    outcome = Ingester(root).ingest(str(article), article)
    assert not outcome.failed, outcome
    return root

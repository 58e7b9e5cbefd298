"""The topics a finding is filed under, from the keywords of ``data/topics.toml``."""

from __future__ import annotations

from collections import Counter

from briefing.extract.textcase import lower, lower_whole, phrase_pattern


class TopicWords:
    """The topics' keywords, compiled once; the keywords of the sentence last read kept,
    since its clauses are filed one after another."""

    def __init__(self, topics: dict[str, str], keywords: dict[str, tuple[str, ...]]) -> None:
        self._topic_of: dict[str, list[str]] = {}
        for topic, words in keywords.items():
            if topic in topics:
                for word in words:
                    self._topic_of.setdefault(lower(word), []).append(topic)
        self._pattern = phrase_pattern(list(self._topic_of))
        self._keywords: list[tuple[int, int, str]] = []
        self._keywords_of: tuple[str, tuple[int, int]] | None = None
        self._fallback = "governance" if "governance" in topics else next(iter(topics), "general")

    def of(
        self,
        text: str,
        clause: tuple[int, int],
        sentence: tuple[int, int],
    ) -> tuple[str, ...]:
        """The topics whose keywords the clause (or else its sentence) names; empty when
        none does (``article_topic`` then files it)."""
        if self._pattern is None:
            return ()
        if self._keywords_of != (text, sentence):  # once per sentence, not per clause
            found = self._pattern.finditer(lower_whole(text), *sentence)
            self._keywords = [(m.start(), m.end(), m.group()) for m in found]
            self._keywords_of = (text, sentence)
        for start, end in (clause, sentence):
            hits = self._topics_in(self._keywords, start, end)
            if hits:
                return tuple(hits[:3])
        return ()

    def article_topic(self, text: str, filed: list[tuple[str, ...]]) -> str:
        """The topic for a finding that names none: the one the article's other findings
        are filed under most ("By mid-July the figure had risen to 43%" in an article on
        cashless payments is about them), else its headline's, else the fallback."""
        counts = Counter(topic for topics in filed for topic in topics)
        if counts:
            return counts.most_common(1)[0][0]
        if self._pattern is not None:
            headline = text.find("\n")
            found = self._pattern.finditer(
                lower_whole(text), 0, headline if headline >= 0 else len(text)
            )
            hits = self._topics_in([(m.start(), m.end(), m.group()) for m in found], 0, len(text))
            if hits:
                return hits[0]
        return self._fallback

    def _topics_in(self, keywords: list[tuple[int, int, str]], start: int, end: int) -> list[str]:
        hits: list[str] = []
        for a, b, word in keywords:
            if start <= a and b <= end:
                for topic in self._topic_of[word]:
                    if topic not in hits:
                        hits.append(topic)
        return hits

"""An article's text → its metadata and extracted findings (plain dicts ready for TOML).

``Extractor`` holds the vocabularies (metrics with aliases, topics with keywords),
compiled once; ``extract`` is pure: same text, same findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from briefing.core.dates import parse_period
from briefing.core.model import Kind, MetricDef
from briefing.extract.classify import classify, cue_spans
from briefing.extract.clause_checks import (
    BUT_ONLY_AFTER,
    CONTINUED_TASK,
    MAYBE_FUTURE,
    continues_result,
    dated_kind,
    lists_result,
    near_the_bottom,
    past_baseline,
    shares_scant,
    undated_goal_kind,
)
from briefing.extract.clause_parts import clause_parts
from briefing.extract.clause_turns import state_after_goal
from briefing.extract.cleaning import cut_stub, prose_lines
from briefing.extract.colon_headings import (
    Heading,
    as_goal_item,
    goal_due,
    headed_kind,
    opens_goals,
    result_heading,
)
from briefing.extract.cues import IMPERATIVE, MODAL
from briefing.extract.dates import Found, find_periods
from briefing.extract.due_dates import dues_of, opening_year, says_same_period
from briefing.extract.extracted import Extracted, statement_of, to_toml
from briefing.extract.fact_lists import BULLET_OPENING, FactSection, fact_section
from briefing.extract.figures import Figure, find_figures
from briefing.extract.finishing import (
    TASKS,
    goes_on_with,
    is_time_line,
    reported_only,
    telling,
    timed_task,
    with_article_topic,
    with_breakdown,
    without_repeats,
)
from briefing.extract.goal_lists import GoalList
from briefing.extract.levels_to_come import year_gone_told_ahead
from briefing.extract.metadata import Metadata, extract_metadata
from briefing.extract.naming import MetricMatcher, name_metrics
from briefing.extract.owners import LineOwners, SentenceOwner, is_list_item
from briefing.extract.periods import LinePeriods, SectionPeriod
from briefing.extract.roadmaps import phase_due
from briefing.extract.scope import local
from briefing.extract.sentences import opens_run, split_sentences
from briefing.extract.shared_subjects import goal_lead, lead_of
from briefing.extract.textcase import lower, lower_whole
from briefing.extract.told_apart import goal_told
from briefing.extract.topic_words import TopicWords

__all__ = ["Extracted", "Extractor", "statement_of", "to_toml"]

MAX_SENTENCE = 3000
"""Longer "sentences" are not prose; they are skipped rather than searched."""


@dataclass
class Extractor:
    """The vocabularies, compiled once for many articles."""

    metric_defs: dict[str, MetricDef]
    topics: dict[str, str]
    topic_keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.matcher = MetricMatcher(self.metric_defs)
        self._topic_words = TopicWords(self.topics, self.topic_keywords)
        self._figures: list[Figure] = []
        self._context_start: int | None = None
        self._fact_section: FactSection | None = None
        """The kind a key-figures list's heading gives the line being read, if it is one."""
        self._heading: Heading | None = None
        """The clause dropped as the heading of what follows its colon in the sentence."""
        self._headed: Heading | None = None
        self._cues: list[tuple[int, int, str]] = []
        self._sentence = (0, 0)
        self._opening_end = 0
        self._section = SectionPeriod(lambda a, b: [])
        self._clause_start = 0
        self._result_before = False
        """Whether the sentence's clause before the one being read was found a result."""
        self._dated = True
        self._period: str | None = None

    def metadata(
        self, text: str, hints: dict[str, str] | None = None, today: date | None = None
    ) -> Metadata:
        """The article's title, outlet, URL and date."""
        return extract_metadata(text, hints, today)

    def extract(
        self, text: str, ref: date, *, dated: bool = True, period: str | None = None
    ) -> list[Extracted]:
        """Every finding in ``text``; ``ref`` is the article's date (for years left unsaid).
        ``dated``: whether that date is known; when it is not, no due date can be told to
        be past, so a dated task is read as one to come. ``period``: the article's date as
        precisely as it is known ("2024" when only the year is), the ``as_of`` of a figure
        that names no period of its own (``ref`` is that period's first day)."""
        found: list[Extracted] = []
        self._dated = dated
        self._period = period
        self._last_due: str | None = None  # "in the same year" is the last goal's
        heading: str | None = None  # the owner named by a list's heading, for its items
        self._section = SectionPeriod(lambda a, b: find_periods(text, a, b, ref))
        goals = GoalList()
        for line_start, line_end, list_heading in prose_lines(text):
            self._fact_section = fact_section(text, line_start, line_end, list_heading)
            timed = timed_task(text, line_start, line_end, found, ref)
            if timed is not None:
                found[-1] = timed
                continue
            line_found = len(found)
            line_period = LinePeriods(text, line_start, line_end, ref)
            sentences = split_sentences(text, line_start, line_end)
            if heading is not None and not is_list_item(text[line_start:line_end]):
                heading = None
            owners = LineOwners(text, sentences, heading)
            for index, (s_start, s_end) in enumerate(sentences):
                if s_end - s_start > MAX_SENTENCE or cut_stub(text, line_start, s_start, s_end):
                    continue  # a run-on block (a table, a dump), or a stub the excerpt cut
                sentence = text[s_start:s_end]
                if index and is_time_line(text, s_start, s_end):
                    # "... paper copies. Complete in August 2025.": the task before it is
                    # due then; alone, a date is no claim
                    timed = timed_task(text, s_start, s_end, found, ref)
                    found[-1:] = [timed] if timed is not None else found[-1:]
                    continue
                told_on = goes_on_with(text, s_start, s_end, found)
                sentence_found = len(found)
                owner = SentenceOwner(owners, index)
                # The sentence's figures, found once; each clause takes those inside it.
                self._figures = find_figures(text, s_start, s_end)
                # A locality's figures name no national indicator (``scope``).
                self._local = bool(self._figures) and local(sentence)
                self._cues = cue_spans(lower_whole(text), s_start, s_end)
                self._sentence = (s_start, s_end)
                line_period.note(s_start, s_end, self._figures)
                previous: tuple[int, int] | None = None
                tasked: Extracted | None = None  # the clause before, when it set a task
                self._result_before = False  # the clause before told a result
                clauses, joined_tasks, listed = clause_parts(
                    text, s_start, s_end, self._figures, ref
                )
                self._opening_end = clauses[0][0][1] if clauses else s_start
                for (p_start, p_end), parts in clauses:
                    self._clause_start = p_start
                    prefix = text[s_start:p_start]
                    # After "In terms of X rankings:", the figures are X's.
                    intro = previous is not None and ":" in text[previous[1] : p_start]
                    self._context_start = previous[0] if intro and previous else None
                    if intro or previous is None:
                        # A heading holds for the items after its colon, to the sentence's end.
                        self._heading = self._headed if intro else None
                    self._headed = None
                    previous = (p_start, p_end)
                    told = (sentence, ref, owner, line_period, prefix)
                    parent = self._one(text, p_start, p_end, *told)
                    if (
                        parent is None
                        and tasked is not None
                        and CONTINUED_TASK.match(text, p_start)
                    ):
                        # "X shall study ...; and report to ... before May 5": the second
                        # task is X's too, ordered as the first was.
                        again = replace(tasked, kind=Kind.TARGET, due=None)
                        parent = self._one(text, p_start, p_end, *told, again)
                    elif parent is None and len(parts) > 1 and opens_run(text, p_start, p_end):
                        # "completed providing ...; deploying ...": the run's first deed
                        # gives the others their kind
                        (first_start, first_end), *_ = parts
                        parent = self._one(text, first_start, first_end, *told)
                    tasked = parent if parent is not None and parent.kind in TASKS else None
                    self._result_before = parent is not None and parent.kind is Kind.ACHIEVEMENT
                    # Two dated tasks are two findings only where the clause sets tasks
                    # ("chaired a conference to review 2024 and deploy tasks in 2025" does not).
                    joined = p_start in joined_tasks
                    if len(parts) == 1 or (joined and tasked is None):
                        if parent is not None:
                            found.append(parent)
                        continue
                    if p_start in listed and parent is not None:
                        # a list's items share no date: each is a task by its own, or none
                        parent = replace(parent, kind=Kind.TARGET, due=None)
                    for c_start, c_end in parts:
                        self._context_start = p_start
                        item = self._one(
                            text, c_start, c_end, sentence, ref, owner, line_period, prefix, parent
                        )
                        if item is not None:
                            found.append(item)
                if told_on:  # "It was followed by ...", "Of these, ...": the result's rest
                    found[sentence_found - 1 :] = with_breakdown(
                        found[sentence_found - 1 :], text, s_end
                    )
            found[line_found:] = goals.apply(
                text[line_start:line_end], found[line_found:], list_heading, line_start
            )
            heading = owners.heading() or heading
            words = text.count(" ", line_start, line_end) + 1
            self._section.note(line_start, line_end, line_period.had_figures(), words)
        return with_article_topic(without_repeats(found), text, self._topic_words)

    def _dues(self, text: str, start: int, end: int, ref: date) -> list[Found]:
        listed = self._fact_section is not None and self._fact_section.kind is Kind.DEADLINE
        return dues_of(text, start, end, ref, listed=listed, published=self._period)

    def _figures_in(self, start: int, end: int) -> list[Figure]:
        return [f for f in self._figures if start <= f.start and f.end <= end]

    def _one(
        self,
        text: str,
        start: int,
        end: int,
        sentence: str,
        ref: date,
        owner: SentenceOwner,
        line_period: LinePeriods,
        prefix: str = "",
        parent: Extracted | None = None,
    ) -> Extracted | None:
        clause = text[start:end]
        if self._dated and start == self._sentence[0] and past_baseline(clause, ref.year):
            return None  # a sentence told to compare with, not a finding of the article's time
        figures = self._figures_in(start, end)
        metrics = name_metrics(
            text,
            start,
            end,
            figures,
            self.matcher,
            ref,
            (line_period.carry() or self._section.current()) if figures else None,
            context_start=self._context_start,
            periods=line_period.within(*self._sentence) if figures else None,
            sentence_figures=self._figures,
            opening_end=self._opening_end,
            clause_start=self._clause_start,
            local=self._local,
            ref_period=self._period,
        )
        # Due dates matter for goals and tasks, and for a figure said to come ("will"):
        # look for them only then (most clauses report results).
        hits = {name for a, b, name in self._cues if start <= a and b <= end}
        verdict = classify(
            clause,
            figures=len(figures),
            named=len(metrics),
            due_after_article=False,
            sentence=sentence,
            hits=hits,
        )
        # A task list's line is dated by its value: read once, for its kind and its due.
        section_dues: list[Found] | None = None
        if self._fact_section is not None and (":" in clause or self._fact_section.context):
            if self._fact_section.kind is Kind.DEADLINE:
                section_dues = self._dues(text, start, end, ref)
            in_section = self._fact_section.verdict(verdict, bool(figures), bool(section_dues))
            if in_section is None:
                return None  # a line of "At a glance", "For comparison", "Notes"
            verdict = in_section
        colon_next = text[end : end + 1] == ":"
        if (
            colon_next
            and opens_goals(clause, verdict, hits, len(figures))
            and self._figures_in(end, self._sentence[1])
        ):
            dues = self._dues(text, start, end, ref)
            self._headed = Heading(Kind.TARGET, False, dues[-1].period if dues else None, 0.75)
            return None
        heading = self._heading
        verdict = as_goal_item(heading, clause, verdict, len(figures))
        due: str | None = None
        due_after = False
        wants_due = verdict.kind in (Kind.TARGET, Kind.DEADLINE) or parent is not None
        if (
            wants_due
            or (figures and (MAYBE_FUTURE.search(clause) or IMPERATIVE.search(lower(clause))))
            # "must correct the remaining 8,000 records by June 30": a task, if it is dated
            or (
                verdict.kind is Kind.LIMITATION
                # "urgent tasks include eliminating dead zones", "aims to fix the gaps"
                and (MODAL.search(low := lower(clause)) or "goal" in hits or goal_told(low))
            )
            # "we have to finish connecting the communes": a speech's word, unless dated
            or (verdict.kind is None and verdict.directive)
        ):
            dues = section_dues if section_dues is not None else self._dues(text, start, end, ref)
            due = dues[-1].period if dues else None
            if due is None and says_same_period(text, start, end):
                due = self._last_due
            due = due or goal_due(heading)
            if due is None and wants_due:
                due = opening_year(sentence)  # "By 2030, ...; ...; digital economy will ..."
            due_after = due is not None and (not self._dated or parse_period(due).end >= ref)
            if due_after and not wants_due:
                verdict = classify(
                    clause,
                    figures=len(figures),
                    named=len(metrics),
                    due_after_article=True,
                    sentence=sentence,
                    hits=hits,
                )
        kind = verdict.kind
        kind = headed_kind(heading, clause, kind, verdict, len(figures), hits) or kind
        # A part that takes its kind from the clause takes its confidence too (the review
        # would show 0.00 for "and to extend ... throughout July").
        confidence = verdict.confidence if kind is not None or parent is None else parent.confidence
        if (
            parent is not None
            and parent.kind in (Kind.TARGET, Kind.DEADLINE)
            and not (kind is Kind.LIMITATION and state_after_goal(text, start))
        ):
            # "Strive to have 100% ... by 2025, 80% of records ..., 40% of adults ...":
            # the parts of a goal are goals, due when it is (not how short of it things
            # stand: "must reach 90% in 2025 (so far only 39.5%)").
            kind = parent.kind
            due = due or parent.due
            due_after = True
        elif (
            parent
            and kind is Kind.ACHIEVEMENT
            and shares_scant(text, self._clause_start, start, end)
        ):
            kind = Kind.LIMITATION  # "Only 12% paid online and 8% used the kiosks": both few
        elif parent is not None and kind is None and not verdict.ruled_out:
            kind = parent.kind
            if kind is Kind.LIMITATION and figures and BUT_ONLY_AFTER.match(text, end):
                # "All 28 clinics take QR payments, but only 31% of fees ...": the shortfall
                # is the part after "but only"; the part before it is what was done.
                kind = Kind.ACHIEVEMENT
        if kind is Kind.TARGET and continues_result(clause, prefix):
            kind = None
        elif (
            kind is Kind.TARGET
            and due
            and self._dated
            and not due_after
            and year_gone_told_ahead(clause)  # "by 2022, 100% ... will" in a 2023 report
        ):
            kind, due = Kind.ACHIEVEMENT, None
        elif (
            kind is Kind.TARGET
            and due is None
            and parent is None
            and self._result_before
            and lists_result(clause, figures)
        ):
            kind = Kind.ACHIEVEMENT  # "Activate over 65 million ...; issue over 716 thousand ..."
        phase = phase_due(text, self._sentence[0], start, kind, verdict.ruled_out)
        if phase is not None:  # "Phase 1 (Now - 2025): The construction of ...": a task
            kind, due, due_after = Kind.DEADLINE, phase, True
        if kind is None:
            return None
        if kind is Kind.ACHIEVEMENT and near_the_bottom(text, figures, start, end):
            kind = Kind.LIMITATION  # "ranking 56th out of 63 provinces"
        if kind is Kind.TARGET and due is None and self._fact_section is not None:
            due = self._fact_section.year  # "Targets for 2026" over "- ...: at least 60%"
            due_after = due is not None
        if kind in (Kind.ACHIEVEMENT, Kind.LIMITATION) and not figures and colon_next:
            headed = result_heading(
                clause, kind, confidence, bool(self._figures_in(end, self._sentence[1]))
            )
            if headed is not None:
                self._headed = headed
                return None

        if kind is Kind.TARGET and due is None and not figures:
            kind = undated_goal_kind(clause)  # a directive, or no claim, unless a level
            if kind is None:
                return None
        if kind in (Kind.ACHIEVEMENT, Kind.LIMITATION):
            due = None
            metrics = reported_only(text, figures, metrics)
        elif due is not None:
            kind, due = dated_kind(kind, due, clause, figures)
        if kind in (Kind.TARGET, Kind.DEADLINE) and due is not None:
            # A goal's figure is what is to be reached by the due date.
            metrics = [replace(m, as_of=due) for m in metrics]
            self._last_due = due
        bullet = BULLET_OPENING.match(text, start, end)
        if bullet is not None:  # the quote is the item's words, not its list's bullet
            start, clause = bullet.end(), text[bullet.end() : end]
        return Extracted(
            kind=kind,
            start=start,
            end=end,
            quote=clause,
            confidence=round(confidence, 2),
            metrics=tuple(metrics),
            due=due,
            owner=owner.get() if kind in TASKS else None,
            topics=self._topic_words.of(text, (start, end), self._sentence),
            lead=lead_of(clause, prefix) or goal_lead(clause, text[self._clause_start : start]),
            telling=telling(figures),
        )

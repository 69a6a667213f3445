"""`bilat curate`: the analyst corrects the machine; each correction is logged with its reason."""
from __future__ import annotations

import click

from bilat.cli.common import console, store_from
from bilat.cli.render import format_option, render
from bilat.curate import FIELDS, Correction, anchor_of, describe, find, log_entry, setting, state
from bilat.query import views

WHERE = {"person": "bilat people --format json", "engagement": "bilat timeline --format json",
         "commitment": "bilat commitments --format json"}

reason_option = click.option("--reason", required=True, help="Why: kept in the log beside the correction.")


@click.group("curate")
def group():
    """Correct the machine: people, engagements, commitments. Every correction needs --reason,
    is logged, survives re-extraction and new documents, and can be undone.

    \b
    Example:
      bilat curate merge-people p:m-pillai p:meera-pillai --reason "same minister"
      bilat curate set e:3f2a9c10b7d4 date 2024-05-14 --reason "MEA release"
      bilat curate log
    """


def _target(record, what: str, fact_id: str):
    fact = find(record, what, fact_id)
    if fact is None:
        raise click.ClickException(f"{fact_id}: no such {what}; find {what} ids with `{WHERE[what]}`")
    return fact


def _correct(ctx, action: str, targets: list[tuple[str, str]], reason: str, check=None, **extra) -> None:
    """Find the targets in the current record, anchor them, and log the correction."""
    with store_from(ctx) as store:
        record = views.load(store)
        facts = [_target(record, what, fact_id) for what, fact_id in targets]
        if check:
            check(*facts)
        correction = Correction(action, tuple(anchor_of(f) for f in facts), reason, **extra)
        number = store.add_correction(correction)
    target, value = describe(correction)
    console.print(f"correction {number}: {action} {target} {value}".rstrip(), markup=False, highlight=False)


def _distinct(ids: tuple[str, ...], what: str) -> list[tuple[str, str]]:
    if len(set(ids)) < 2:
        raise click.UsageError(f"give two or more different {what} ids")
    return [(what, i) for i in dict.fromkeys(ids)]


@group.command("split-person")
@click.argument("person_id")
@click.option("--alias", required=True, help="The name as written in the mentions to take out.")
@reason_option
@click.pass_context
def split_person(ctx, person_id, alias, reason):
    """Take the mentions written with ALIAS out of a person, as a separate person.

    \b
    Example:
      bilat curate split-person p:meera-pillai --alias "M. Pillai" --reason "a different Pillai"
    """
    def check(person):
        written = {person.name, *person.aliases, *(e.quote for e in person.evidence)}
        if alias not in written:
            raise click.ClickException(f"{alias!r}: {person.id} is not written so; it is written "
                                       + ", ".join(sorted(written)))
    _correct(ctx, "split-person", [("person", person_id)], reason, check, value=alias)


@group.command("split-engagement")
@click.argument("engagement_id")
@click.option("--doc", "doc_id", required=True, help="The document whose report to take out.")
@reason_option
@click.pass_context
def split_engagement(ctx, engagement_id, doc_id, reason):
    """Take one document's report out of a fused engagement, as an engagement of its own.

    \b
    Example:
      bilat curate split-engagement e:3f2a9c10b7d4 --doc s002 --reason "reports the previous round"
    """
    def check(engagement):
        docs = set(engagement.documents) | {ev.doc for ev in engagement.evidence}
        if doc_id not in docs or len(docs) < 2:
            raise click.ClickException(f"{doc_id}: {engagement.id} is reported by {', '.join(sorted(docs))}; "
                                       "give one of two or more documents")
    _correct(ctx, "split-engagement", [("engagement", engagement_id)], reason, check, value=doc_id)


@group.command("set")
@click.argument("engagement_id")
@click.argument("field", type=click.Choice(list(FIELDS)))
@click.argument("value")
@reason_option
@click.pass_context
def set_field(ctx, engagement_id, field, value, reason):
    """Fix an engagement's date (YYYY-MM-DD, YYYY-MM or YYYY), place (city or country),
    status (held, planned, cancelled) or kind (meeting, visit, dialogue...).

    \b
    Example:
      bilat curate set e:3f2a9c10b7d4 place Busan --reason "the ministry's release says Busan"
    """
    try:
        stored = setting(field, value)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="VALUE") from e
    _correct(ctx, "set", [("engagement", engagement_id)], reason, field=field, value=value, setting=stored)


@group.command("fulfil")
@click.argument("commitment_id")
@click.argument("engagement_id")
@reason_option
@click.pass_context
def fulfil(ctx, commitment_id, engagement_id, reason):
    """Mark a commitment fulfilled by an engagement.

    \b
    Example:
      bilat curate fulfil c:85851b293c95 e:3f2a9c10b7d4 --reason "the dialogue was held"
    """
    _correct(ctx, "fulfil", [("commitment", commitment_id), ("engagement", engagement_id)], reason)


def _simple(action: str, what: str, text: str, example: str, many: bool = False) -> None:
    """Register a correction that takes one id (or, with `many`, several) and a reason."""
    @group.command(action, help=f"{text}\n\n\b\nExample:\n  bilat curate {action} {example}")
    @click.argument("fact_ids", metavar=f"{what.upper()}_ID" + ("..." if many else ""), nargs=-1 if many else 1,
                    required=True)
    @reason_option
    @click.pass_context
    def command(ctx, fact_ids, reason):
        targets = _distinct(fact_ids, what) if many else [(what, fact_ids)]
        _correct(ctx, action, targets, reason)


_simple("merge-people", "person", "Make several people one person.",
        'p:m-pillai p:meera-pillai --reason "same minister"', many=True)
_simple("merge-engagements", "engagement", "Make several engagements one event, with all their evidence.",
        'e:3f2a9c10b7d4 e:81c0d2e4a9f1 --reason "same visit"', many=True)
_simple("reject-engagement", "engagement", "Take an engagement out of the record (not a real event).",
            'e:3f2a9c10b7d4 --reason "a headline, not a meeting"')
_simple("not-fulfilled", "commitment",
            "Undo an automatic fulfilment: the commitment is rated as if nothing fulfilled it.",
            'c:85851b293c95 --reason "that meeting was a different round"')
_simple("not-commitment", "commitment", "Take a statement that is not a commitment off the board.",
            'c:0c0bd7f8fdfa --reason "describes a past signing"')


@group.command("log")
@format_option
@click.pass_context
def log(ctx, fmt):
    """List corrections: id, when, what, target, value, reason, and whether each applies now.

    \b
    Example:
      bilat curate log --format json
    """
    with store_from(ctx) as store:
        corrections = store.corrections()
        missed = views.load(store).not_applied if corrections else ()
    rows = [{"id": c.id, "when": c.made, "what": c.action, "target": describe(c)[0], "value": describe(c)[1],
             "reason": c.reason, "state": state(c, missed)} for c in corrections]
    render(rows, [log_entry(c, missed) for c in corrections], fmt, "corrections")


@group.command("undo")
@click.argument("correction_id", type=int)
@click.pass_context
def undo(ctx, correction_id):
    """Undo a correction; it stays in the log, marked undone.

    \b
    Example:
      bilat curate undo 3
    """
    with store_from(ctx) as store:
        if not store.undo_correction(correction_id):
            raise click.ClickException(f"{correction_id}: no such correction, or already undone "
                                       "(see `bilat curate log`)")
    console.print(f"correction {correction_id} undone")

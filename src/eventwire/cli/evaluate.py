"""``eventwire eval …``: the project's scorers on gold data (one command per gold set)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import app, console

eval_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("actors")
def actors_command(
    gold: Annotated[Path, typer.Argument(help="PLOVER_GSR_CAMEO.json (PLOVER gold records).",
                                         exists=True, dir_okay=False)],
    split: Annotated[str, typer.Option(
        "--split", help="dev (even records), heldout (odd records) or all.")] = "all",
    errors_shown: Annotated[int, typer.Option(
        "--errors", help="List up to N misjudged gold actors of the chosen split.")] = 0,
    kb: Annotated[list[Path] | None, typer.Option(
        "--kb", help="Extra actor file(s) in the knowledge-base format.")] = None,
) -> None:
    """Actor country and sector accuracy on the PLOVER gold actors."""
    from eventwire.eval.actors import SPLITS, score_file
    from eventwire.kb import load_kb
    from eventwire.pipeline import Pipeline

    if split not in {*SPLITS, "all"}:
        raise typer.BadParameter("--split must be dev, heldout or all")
    pipeline = Pipeline(kb=load_kb(tuple(kb or ())))
    scores = score_file(gold, pipeline)
    for name in SPLITS if split == "all" else (split,):
        score = scores[name]
        console.print(
            f"{name:8} gold actors {score.total:4d} · country {score.country_accuracy():.3f} "
            f"· country (places too) {score.country_accuracy(True):.3f} · sector "
            f"{score.sector_accuracy():.3f} (of {score.with_sector}) · text not found "
            f"{score.unlocated}")
    if errors_shown and split != "all":
        wrong = [j for j in scores[split].judgements
                 if not j.country_ok or (j.gold.sector and not j.sector_ok)]
        for judgement in wrong[:errors_shown]:
            gold_actor = judgement.gold
            console.print(f"  #{gold_actor.record} {gold_actor.text!r} gold "
                          f"{gold_actor.code}/{gold_actor.sector} → {judgement.system!r} "
                          f"{judgement.country}/{judgement.sector}", highlight=False)

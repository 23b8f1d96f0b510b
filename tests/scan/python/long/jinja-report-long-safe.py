"""Render the weekly report e-mail."""
from datetime import date

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(
    loader=FileSystemLoader("templates/email"),
    autoescape=select_autoescape(["html"]),  # ok: CWE-79
    trim_blocks=True,
)


def render_report(team, stats, note):
    tpl = env.get_template("weekly.html")
    return tpl.render(
        team=team,
        week=date.today().isocalendar()[1],
        stats=stats,
        note=note,  # ok: CWE-79
    )


def subject(team):
    return f"Weekly report for {team.name}"


if __name__ == "__main__":
    print(subject(type("T", (), {"name": "demo"})))

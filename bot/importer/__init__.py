"""The importer: a season's notice (the plain text of the .docx or .pdf) → a complete data folder.

Every season the company issues a notice on the same template; only the values change. The importer reads
the facts by the notice's headings and table headers (never by line numbers), writes them to notice.yaml,
contacts.json and deadlines.yaml, and copies faq.yaml, regions.json and contact_words.yaml from the bundled
`data/` untouched, because those hold no fact of any one notice.

It is honest about what it could not read: every table row or list line it could not interpret is kept in
`ImportResult.unread`, and a folder is written only when every table was read and the result validates.

Reading order, one concern per module:
  scan    values as notices print them (dates, phones, tab-separated tables)
  parse   the notice's text → `ImportResult` (result.py: the facts, and the lines that could not be read)
  plan    the season's deadlines and reminder leads, from its notice
  render  the data files' text
  write   the folder, all or nothing, validated as the bot loads it
  report  `python -m bot import`: what was read, then the folder
"""

from .parse import BUNDLED_DATA, parse_notice
from .plan import DEADLINE_PLAN, DeadlinePlan, plan_deadlines
from .render import render_contacts_json, render_deadlines_yaml, render_notice_yaml
from .report import run_import
from .result import ImportResult, Unread
from .write import write_folder

__all__ = [
    "BUNDLED_DATA",
    "DEADLINE_PLAN",
    "DeadlinePlan",
    "ImportResult",
    "Unread",
    "parse_notice",
    "plan_deadlines",
    "render_contacts_json",
    "render_deadlines_yaml",
    "render_notice_yaml",
    "run_import",
    "write_folder",
]

import sys, pathlib
n, pfx, kind = sys.argv[1], sys.argv[2], sys.argv[3]
E = {
"U": """About a **third** of the conversations look answerable but must get **no number**: one person's own
request told as a short story, named people, personal data, breakdowns the reports do not print (month,
quarter, sex, age, channel, topic, township/district, department, industry or sector of the companies,
which kind of followers/users/readers, residence, nationality), quantities not stated (response days, staff,
cost, budget, satisfaction, phone calls), reasons behind a count, forecasts, opinions, sub-groups of a printed
count ("of the N companies, how many were manufacturers?", "how many of the N followers are local?"), shares
of one body's figure attributed to another body, and bodies/years not in the corpus. Many of them quote a
real printed number so they look answerable. The rest keeps blind6's proportions (plain values, sums,
differences, rankings, follow-ups, narrative numbers, ~5% neighbouring-cell traps).""",
"F": """**Follow-up conversations** are the focus: about 40% of conversations, 2–4 turns each. Switch year,
body, row, column or appeals group; ask "of those, how many…" about the figure just given; ask to add up or
compare the two years just asked ("那两年加起来呢", "which year was higher?"); correct yourself ("不对，我是说
2023年的", "sorry, I meant the companies column"); check the figure ("这个包括部分公开吗？", "does that count
legal-aid firms?") then narrow it; ask a narrative number then a table number about the same body; end some
conversations with an unanswerable turn after answerable ones (a breakdown the reports do not print). The
rest keeps blind6's proportions, ~13% unanswerable.""",
"E": """**Everyday traffic** in blind6's mix (mostly plain values, some sums, year-to-year differences,
rankings, follow-ups, narrative numbers, ~15% unanswerable, a few neighbouring-cell traps), but worded as
real people type on a phone: short Chinese with stray spaces, typos of homophones where still readable,
doubled punctuation, two-digit years, colloquial non-native English, Chinese labels in brackets inside
English, a short story before the question (a student, a reporter, a worried citizen, a company clerk),
polite fillers and trailing remarks after the question, and bodies named by everyday short names
(市府办, 上海科委 / 市科委, STCSM, Huaian, 洪泽, 沭阳, 涧西). Also some questions that name the report
loosely ("那份24年淮安的报告里…", "in Hongze's 2023 disclosure report…").""",
"S": """**Staff and journalist traffic**: precise but unusual wordings of table cells (outcome columns of
the reconsideration/litigation table, sub-items of 不予公开 / 无法提供 / 不予处理 / 其他处理, applicant-type
columns, measures of table 二 incl. procurement amounts vs project counts), sums and differences worded
indirectly ("至少拿到一部分信息的", "all grounds for withholding combined", "everything that was not
granted in full"), consistency questions whose answer is a single cell or derived key, rankings across the
bodies held, neighbouring-cell traps (~10%), ~20% unanswerable questions a journalist would ask
(breakdowns not printed, reasons, per-capita rates, comparisons with bodies not held, years not held,
percentages the report does not state).""",
}
t = pathlib.Path(__file__).with_name("prompt_template.md").read_text()
t = t.replace("NNN", n).replace("PFX", pfx).replace("EMPHASIS", E[kind])
(pathlib.Path(__file__).resolve().parents[2] / ".cache" / f"blind{n}_prompt.md").write_text(t)
print("ok", n, pfx, kind)

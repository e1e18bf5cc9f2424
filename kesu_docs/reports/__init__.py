"""Reports: one module per report.

- :mod:`.check_report` — the findings of a batch (``kesu validate --report``);
- :mod:`.tracking` — the tracking register 客户抱怨案件登记追踪表 (``kesu register export``);
- :mod:`.overdue` — reminders 催办单 and follow-up inquiries 洽办单 (``kesu overdue``);
- :mod:`.monthly` and :mod:`.monthly_html` — the monthly statistics 客诉案件统计表
  (``kesu report monthly``), as xlsx, HTML or PDF;
- :mod:`.penalty` — penalty notices 奖罚通知单 (``kesu penalty``).

:mod:`.cases` reads the register's complaints as cases; :mod:`.notices` issues the documents
the reports make; :mod:`.workbook` is what the workbooks share.
"""

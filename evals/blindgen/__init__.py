"""blindgen: an independent, blind generator of Chinese government information-disclosure
annual reports (政府信息公开工作年度报告) with a manifest of what every file prints.

Written without reading the parser it is meant to test.  See README.md."""

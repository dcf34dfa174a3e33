"""The docks beside the steps: 清单 (checklist), 时间线 (timeline), 问题 (problems)."""

"""Realistic generated annual reports: one consistent set of numbers, printed in any shape.

``numbers.make_report_numbers`` draws the facts, ``render.render`` writes a report in one of
``render.SHAPES``, ``python -m generator`` writes a set with its manifest.
"""
from generator.numbers import ReportNumbers, make_agencies, make_report_numbers
from generator.render import SHAPE_EXT, SHAPES, render

__all__ = ["ReportNumbers", "make_agencies", "make_report_numbers", "render", "SHAPES", "SHAPE_EXT"]

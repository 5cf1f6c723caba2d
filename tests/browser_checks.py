"""Checks the browser tests run inside the page: text contrast (WCAG 2 formula on computed
colours, the background found by walking up the parents and compositing their colours),
sideways scrolling, cut-off dropdown text, and a way to every tab on a narrow screen."""
from __future__ import annotations

# every visible element with text of its own: [text, ratio, colour, background] below ``min``
LOW_CONTRAST_JS = r"""(min) => {
  const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = (c) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]));
  const background = (el) => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    let out = [255, 255, 255]; for (const c of layers.reverse()) out = over(c, out); return out; };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent.trim()).join(' ');
    if (!own || !el.checkVisibility || !el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const r = el.getBoundingClientRect(); if (r.width < 2 || r.height < 2) continue;
    if (el.closest('[aria-hidden=true], .hide, .sr-only, svg, footer, .toast-wrap')) continue;
    const cs = getComputedStyle(el), fg = parse(cs.color); if (!fg) continue;
    const bg = background(el), text = over(fg, bg);
    const L1 = lum(text), L2 = lum(bg), ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
    if (ratio < min) bad.push([own.slice(0, 40), Math.round(ratio * 100) / 100, cs.color, 'rgb(' + bg.map(Math.round) + ')']);
  }
  for (const el of document.querySelectorAll('textarea[placeholder], input[placeholder]')) {
    if (!el.checkVisibility()) continue;
    const fg = parse(getComputedStyle(el, '::placeholder').color), bg = background(el);
    if (!fg) continue; const t = over(fg, bg);
    const ratio = (Math.max(lum(t), lum(bg)) + 0.05) / (Math.min(lum(t), lum(bg)) + 0.05);
    if (ratio < min) bad.push(['placeholder ' + el.placeholder.slice(0, 30), Math.round(ratio * 100) / 100]);
  }
  return bad;
}"""

# the page is no wider than the window
SIDEWAYS_JS = "() => [document.documentElement.scrollWidth, window.innerWidth]"

# visible dropdown inputs whose text does not fit: [label, text, scrollWidth, clientWidth]
CUT_DROPDOWNS_JS = r"""() => [...document.querySelectorAll('input[role=combobox]')].filter(e => e.checkVisibility())
  .filter(e => e.scrollWidth > e.clientWidth + 1)
  .map(e => [e.getAttribute('aria-label'), e.value, e.scrollWidth, e.clientWidth])"""


def tab_names(pg) -> list[str]:
    """Every tab of the page, also those a narrow screen folds into "More tabs"."""
    names = pg.get_by_role("tab").all_inner_texts()
    more = pg.get_by_role("button", name="More tabs")
    if more.count() and more.is_visible():
        more.click()
        pg.wait_for_timeout(300)
        names += pg.locator(".overflow-dropdown button").all_inner_texts()
        more.click()  # close the menu again
    return [n.strip() for n in names if n.strip()]


def open_tab(pg, name: str) -> None:
    """Select a tab, through the "More tabs" menu when the screen folds it away."""
    tab = pg.get_by_role("tab", name=name, exact=True)
    if tab.count() and tab.is_visible():
        tab.click()
        return
    pg.get_by_role("button", name="More tabs").click()
    pg.locator(".overflow-dropdown button", has_text=name).first.click()

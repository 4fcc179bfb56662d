// Accusations and denials per day (d3), with a brush: dragging across days sets the date filter.

const HEIGHT = 110;
const MARGIN = { top: 8, right: 16, bottom: 22, left: 30 };
const DAY = 86400000;

const parseDay = (s) => new Date(`${s}T00:00:00Z`);
const formatDay = (d) => d.toISOString().slice(0, 10);

/**
 * Draw `days` ([{date, accuses, denies, asserts}]) into `container`. `range` is the current
 * {since, until}; `onBrush({since, until})` gets the days a drag covers, or empty strings when the
 * brush is cleared. Returns false when there is nothing dated to draw.
 */
export function drawTimeline(container, days, range, onBrush) {
  container.replaceChildren();
  const dated = days.filter((d) => d.accuses + d.denies > 0);
  if (!dated.length || typeof d3 === "undefined") return false;
  const width = Math.max(container.clientWidth, 300);
  const svg = d3.select(container).append("svg")
    .attr("viewBox", `0 0 ${width} ${HEIGHT}`).attr("role", "img")
    .attr("aria-label", `Accusations and denials per day, ${dated[0].date} to ${dated[dated.length - 1].date}`);
  const first = parseDay(dated[0].date);
  const last = parseDay(dated[dated.length - 1].date);
  const span = Math.max((last - first) / DAY, 1);
  const pad = Math.max(1, Math.round(span * 0.08));
  const x = d3.scaleUtc().domain([new Date(+first - pad * DAY), new Date(+last + (pad + 1) * DAY)])
    .range([MARGIN.left, width - MARGIN.right]);
  const maxCount = d3.max(dated, (d) => d.accuses + d.denies);
  const y = d3.scaleLinear().domain([0, maxCount]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const barWidth = Math.max(3, Math.min(28, (x(new Date(+first + DAY)) - x(first)) * 0.8));

  // one date format on the whole axis: days for a few months, months beyond
  const tickFormat = d3.utcFormat(span <= 120 ? "%-d %b" : span <= 1500 ? "%b %Y" : "%Y");
  svg.append("g").attr("transform", `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(8, Math.max(2, Math.round(width / 110)))).tickFormat(tickFormat)
      .tickSizeOuter(0));
  svg.append("g").attr("transform", `translate(${MARGIN.left},0)`)
    .call(d3.axisLeft(y).ticks(Math.min(4, maxCount)).tickFormat(d3.format("d")));

  const bars = svg.append("g");
  for (const d of dated) {
    const cx = x(new Date(+parseDay(d.date) + DAY / 2));
    const stack = [["accuses", 0, d.accuses], ["denies", d.accuses, d.accuses + d.denies]];
    for (const [rel, lo, hi] of stack) {
      if (hi === lo) continue;
      bars.append("rect").attr("class", `bar ${rel}`).attr("x", cx - barWidth / 2).attr("width", barWidth)
        .attr("y", y(hi)).attr("height", y(lo) - y(hi))
        .append("title").text(`${d.date}: ${hi - lo} ${rel === "accuses" ? "accusation" : "denial"}${hi - lo > 1 ? "s" : ""}`);
    }
  }

  let quiet = false;  // moving the brush from code must not feed back into the filters
  const brush = d3.brushX().extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, HEIGHT - MARGIN.bottom]])
    .on("end", (event) => {
      if (quiet || !event.sourceEvent) return;
      if (!event.selection) { onBrush({ since: "", until: "" }); return; }
      const [a, b] = event.selection.map((px) => x.invert(px));
      const since = formatDay(new Date(Math.floor(+a / DAY) * DAY));
      const until = formatDay(new Date(Math.max(Math.ceil(+b / DAY) * DAY - DAY, Math.floor(+a / DAY) * DAY)));
      onBrush({ since, until });
    });
  const g = svg.append("g").attr("class", "brush").call(brush);
  if (range.since || range.until) {
    const lo = range.since ? x(parseDay(range.since)) : MARGIN.left;
    const hi = range.until ? x(new Date(+parseDay(range.until) + DAY)) : width - MARGIN.right;
    quiet = true;
    g.call(brush.move, [Math.max(MARGIN.left, lo), Math.min(width - MARGIN.right, Math.max(hi, lo + 2))]);
    quiet = false;
  }
  return true;
}

/// The HTML review's template (mustache). Self-contained: the style, including the print
/// style, is inline; the charts are inline SVG; nothing is fetched from anywhere. Every value
/// goes through `{{ }}`, which escapes HTML.
enum ReviewHTMLTemplate {
    static let text = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Limber review, {{from}} to {{to}}</title>
<style>
body { font-family: sans-serif; color: #1b1b1b; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2a6f97; padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 1em; margin: 1.2em 0 0.4em; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.figures { display: flex; flex-wrap: wrap; gap: 0.6em 2em; margin: 0.8em 0; }
.figure b { display: block; font-size: 1.4em; }
.attention { color: #9b1c1c; font-weight: bold; }
.alert { border-left: 4px solid #c2410c; padding: 0.2em 0.6em; margin: 0.4em 0; background: #fff7ed; }
.alert.closed { border-color: #999; background: #f5f5f5; }
.muted { color: #666; }
svg { display: block; margin: 0.4em 0; }
svg text { font-size: 11px; fill: #444; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { page-break-before: always; break-before: page; }
  h2.first { page-break-before: avoid; break-before: avoid; }
  table, svg, .alert { page-break-inside: avoid; break-inside: avoid; }
  .alert { background: none; }
}
</style>
</head>
<body>
<h1>Limber review</h1>
<p class="muted">{{from}} to {{to}}, made {{generated}}. Limber coaches; it does not diagnose.</p>
{{#summary.shown}}
<h2 class="first" id="summary">Clinic summary</h2>
<p class="muted">Patients needing attention first.</p>
<table>
<tr><th>patient</th><th class="number">adherence</th><th class="number">streak</th><th>last session</th><th class="number">open alerts</th><th>needs attention</th></tr>
{{#summary.rows}}
<tr><td>{{patient}}</td><td class="number">{{adherence}}</td><td class="number">{{streak}}</td><td>{{last}}</td><td class="number">{{alerts}}</td><td class="attention">{{attention}}</td></tr>
{{/summary.rows}}
</table>
{{/summary.shown}}
{{#patients}}
<section class="patient">
<h2{{#first}} class="first"{{/first}}>{{patient}}</h2>
<p class="muted">{{source}}. {{period}}</p>
<div class="figures">
<div class="figure"><b>{{adherence}}</b>adherence</div>
<div class="figure"><b>{{planned}}</b>planned</div>
<div class="figure"><b>{{completed}}</b>completed</div>
<div class="figure"><b>{{partial}}</b>partial</div>
<div class="figure"><b>{{missed}}</b>missed</div>
<div class="figure"><b>{{extra}}</b>extra</div>
<div class="figure"><b>{{streak}}</b>day streak</div>
<div class="figure"><b>{{last}}</b>last session</div>
<div class="figure"><b>{{cracks}}</b>back cracks</div>
</div>

<h3>Alerts</h3>
{{#alerts}}
<div class="alert{{^open}} closed{{/open}}"><b>{{date}} {{kind}} ({{state}})</b><br>{{message}}</div>
{{/alerts}}
{{^alerts}}<p class="muted">None.</p>{{/alerts}}

<h3>Weekly adherence</h3>
{{#adherenceChart}}
<svg class="chart adherence" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Weekly adherence">
<line x1="{{left}}" y1="{{top}}" x2="{{right}}" y2="{{top}}" stroke="#ddd"/>
<line x1="{{left}}" y1="{{bottom}}" x2="{{right}}" y2="{{bottom}}" stroke="#888"/>
<text x="2" y="{{topLabel}}">100%</text><text x="2" y="{{bottomLabel}}">0%</text>
{{#bars}}<rect x="{{x}}" y="{{y}}" width="{{w}}" height="{{h}}" fill="#1d4ed8"><title>{{label}}</title></rect>
{{/bars}}
<text x="{{left}}" y="{{axisLabel}}">{{firstLabel}}</text><text x="{{right}}" y="{{axisLabel}}" text-anchor="end">{{lastLabel}}</text>
</svg>
{{/adherenceChart}}
{{^adherenceChart}}<p class="muted">Nothing planned in this period.</p>{{/adherenceChart}}

<h3>Pain before and after sessions (0 to 10)</h3>
{{#painChart}}
<svg class="chart pain" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="Pain before and after sessions">
<line x1="{{left}}" y1="{{top}}" x2="{{right}}" y2="{{top}}" stroke="#ddd"/>
<line x1="{{left}}" y1="{{bottom}}" x2="{{right}}" y2="{{bottom}}" stroke="#888"/>
<text x="2" y="{{topLabel}}">10</text><text x="2" y="{{bottomLabel}}">0</text>
<polyline points="{{beforePoints}}" fill="none" stroke="#c2410c" stroke-width="2"/>
<polyline points="{{afterPoints}}" fill="none" stroke="#15803d" stroke-width="2"/>
{{#beforeDots}}<circle cx="{{x}}" cy="{{y}}" r="3" fill="#c2410c"><title>{{label}}</title></circle>{{/beforeDots}}
{{#afterDots}}<circle cx="{{x}}" cy="{{y}}" r="3" fill="#15803d"><title>{{label}}</title></circle>{{/afterDots}}
<text x="{{left}}" y="{{axisLabel}}">{{firstLabel}}</text><text x="{{right}}" y="{{axisLabel}}" text-anchor="end">{{lastLabel}}</text>
</svg>
<p class="muted"><span style="color:#c2410c">&#9632;</span> before &nbsp; <span style="color:#15803d">&#9632;</span> after</p>
{{/painChart}}
{{^painChart}}<p class="muted">No pain rated around sessions.</p>{{/painChart}}

{{#weeks.shown}}
<h3>Weeks</h3>
<table>
<tr><th>week of</th><th class="number">planned</th><th class="number">completed</th><th class="number">partial</th><th class="number">missed</th><th class="number">adherence</th></tr>
{{#weeks.rows}}<tr><td>{{week}}</td><td class="number">{{planned}}</td><td class="number">{{completed}}</td><td class="number">{{partial}}</td><td class="number">{{missed}}</td><td class="number">{{adherence}}</td></tr>
{{/weeks.rows}}
</table>
{{/weeks.shown}}

{{#routines.shown}}
<h3>Routines: done of planned</h3>
<table>
<tr><th>routine</th><th class="number">sessions</th><th class="number">sets</th><th class="number">seconds</th><th class="number">of planned time</th></tr>
{{#routines.rows}}<tr><td>{{routine}}</td><td class="number">{{sessions}}</td><td class="number">{{sets}}</td><td class="number">{{seconds}}</td><td class="number">{{share}}</td></tr>
{{/routines.rows}}
</table>
{{/routines.shown}}

{{#reports.shown}}
<h3>Self-reports</h3>
<table>
<tr><th>date</th><th>what</th><th>note</th></tr>
{{#reports.rows}}<tr><td>{{date}}</td><td>{{what}}</td><td>{{note}}</td></tr>
{{/reports.rows}}
</table>
{{/reports.shown}}

{{#activities.shown}}
<h3>Walks and other activity</h3>
<table>
<tr><th>activity</th><th class="number">times</th><th class="number">minutes</th></tr>
{{#activities.rows}}<tr><td>{{kind}}</td><td class="number">{{count}}</td><td class="number">{{minutes}}</td></tr>
{{/activities.rows}}
</table>
{{/activities.shown}}

{{#clearances.shown}}
<h3>Clearances</h3>
<table>
<tr><th>date</th><th>red flag</th><th>cleared by</th></tr>
{{#clearances.rows}}<tr><td>{{date}}</td><td>{{symptom}}</td><td>{{clearedBy}}</td></tr>
{{/clearances.rows}}
</table>
{{/clearances.shown}}

<h3>Prescription over the period</h3>
{{#prescription}}
<p><b>From {{from}}:</b> issues {{issues}}; conditions {{conditions}}; weaker side {{weakerSide}}; {{minutes}} minutes a day; equipment {{equipment}}; rest days {{restDays}}.</p>
{{/prescription}}
{{^prescription}}<p class="muted">No prescription recorded.</p>{{/prescription}}

{{#sessions.shown}}
<h3>Sessions</h3>
<table>
<tr><th>date</th><th>status</th><th class="number">pain</th><th>routines (sets done of planned, seconds)</th></tr>
{{#sessions.rows}}<tr><td>{{date}}</td><td>{{status}}</td><td class="number">{{pain}}</td><td>{{exercises}}</td></tr>
{{/sessions.rows}}
</table>
{{/sessions.shown}}
</section>
{{/patients}}
</body>
</html>

"""
}

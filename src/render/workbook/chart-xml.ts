/**
 * Native DrawingML charts as package parts (ECMA-376 Part 1, §21.2 charts and §20.5 spreadsheet
 * drawings): a chart part per chart, one drawing part that places them on a sheet, and the
 * drawing's relationships. Every series references cells of the workbook (its name, categories
 * and values as formulas such as 'Måneder'!$C$4:$N$4), so Excel and LibreOffice redraw a chart
 * when a referenced cell changes; each reference carries the cells' values as its cache, for
 * viewers that show a chart without recalculating. Only formatting: the caches are the cells'
 * cached results as the sheets hold them.
 *
 * Exports: ChartSpec, ChartSeries, CellAnchor, chartParts.
 */
import type { ExtraPart, Extras } from './xlsx-writer.js';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A reference to cells and the values they hold. */
interface Ref<T> {
  /** A formula reference, e.g. 'Måneder'!$C$4:$N$4. */
  readonly ref: string;
  readonly cache: readonly T[];
}

export interface ChartSeries {
  /** The cell holding the series' name. */
  readonly name: Ref<string>;
  readonly categories: Ref<string>;
  /** null: an empty cell (drawn as a gap). */
  readonly values: Ref<number | null>;
  /** Columns/bars, or a line. */
  readonly kind: 'bar' | 'line';
  /** RGB hex, e.g. "4472C4". */
  readonly color: string;
  readonly dashed?: boolean;
  /** Bars: a colour per point (by index), instead of the series' colour. */
  readonly pointColors?: readonly string[];
}

/** A cell corner: zero-based column and row (the drawing's own counting). */
export interface CellAnchor {
  readonly col: number;
  readonly row: number;
}

export interface ChartSpec {
  readonly title: string;
  readonly categoryTitle: string;
  readonly valueTitle: string;
  /** The value axis' number format, as on the sheets. */
  readonly valueFormat: string;
  /** Bars: vertical columns ("col") or horizontal bars ("bar"). */
  readonly barDirection?: 'col' | 'bar';
  /** Bars of several series stacked in one column (each month holds one of them), or side by side. */
  readonly barGrouping?: 'stacked' | 'clustered';
  readonly series: readonly ChartSeries[];
  /** The value axis starts at 0 (columns of amounts that are all ≥ 0), instead of where the viewer likes. */
  readonly fromZero?: boolean;
  /** Top-left and bottom-right cell corners on the sheet. */
  readonly from: CellAnchor;
  readonly to: CellAnchor;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rich(text: string, size: number, bold: boolean): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="da-DK" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function title(text: string, size: number): string {
  return `<c:title>${rich(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function strRef(r: Ref<string>): string {
  const pts = r.cache.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${esc(r.ref)}</c:f><c:strCache><c:ptCount val="${r.cache.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(r: Ref<number | null>, format: string): string {
  const pts = r.cache.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${esc(r.ref)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${r.cache.length}"/>${pts}</c:numCache></c:numRef>`;
}

const fill = (color: string): string => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

function series(s: ChartSeries, index: number, format: string): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx>${strRef(s.name)}</c:tx>`;
  const data = `<c:cat>${strRef(s.categories)}</c:cat><c:val>${numRef(s.values, format)}</c:val>`;
  if (s.kind === 'bar') {
    const points = (s.pointColors ?? []).map((c, i) => `<c:dPt><c:idx val="${i}"/><c:spPr>${fill(c)}</c:spPr></c:dPt>`).join('');
    return `<c:ser>${head}<c:spPr>${fill(s.color)}</c:spPr><c:invertIfNegative val="0"/>${points}${data}</c:ser>`;
  }
  const line = `<a:ln w="28575" cap="rnd">${fill(s.color)}${s.dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln>`;
  return `<c:ser>${head}<c:spPr>${line}</c:spPr><c:marker><c:symbol val="none"/></c:marker>${data}<c:smooth val="0"/></c:ser>`;
}

const CAT_AX = 1;
const VAL_AX = 2;

/** One chart part: bars and/or lines over one category axis and one value axis. */
function chartXml(spec: ChartSpec): string {
  const bars = spec.series.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'bar');
  const lines = spec.series.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'line');
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const horizontal = spec.barDirection === 'bar';
  let plots = '';
  if (bars.length > 0) {
    const grouping = spec.barGrouping ?? 'clustered';
    plots += `<c:barChart><c:barDir val="${spec.barDirection ?? 'col'}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>`
      + bars.map((x) => series(x.s, x.i, spec.valueFormat)).join('')
      + `<c:gapWidth val="60"/>${grouping === 'stacked' ? '<c:overlap val="100"/>' : ''}${axes}</c:barChart>`;
  }
  if (lines.length > 0) {
    plots += '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>'
      + lines.map((x) => series(x.s, x.i, spec.valueFormat)).join('')
      + `<c:marker val="1"/>${axes}</c:lineChart>`;
  }
  const textProps = '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>';
  const catAx = `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>`
    + `${title(spec.categoryTitle, 900)}<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProps}`
    + `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx = `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${spec.fromZero ? '<c:min val="0"/>' : ''}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>`
    + `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`
    + `${title(spec.valueTitle, 900)}<c:numFmt formatCode="${esc(spec.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps}`
    + `<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return `${HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>`
    + `<c:chart>${title(spec.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plots}${catAx}${valAx}</c:plotArea>`
    + '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
    + '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup orientation="landscape"/></c:printSettings>'
    + '</c:chartSpace>';
}

function anchor(spec: ChartSpec, index: number): string {
  const corner = (tag: string, a: CellAnchor): string => `<xdr:${tag}><xdr:col>${a.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return `<xdr:twoCellAnchor editAs="oneCell">${corner('from', spec.from)}${corner('to', spec.to)}`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
    + `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>`
    + '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';
}

/** The parts that show `charts` on the sheet named `sheet`: chart1.xml …, drawing1.xml and its .rels. */
export function chartParts(sheet: string, charts: readonly ChartSpec[]): Extras {
  if (charts.length === 0) return {};
  const parts: ExtraPart[] = charts.map((c, i) => ({ name: `xl/charts/chart${i + 1}.xml`, contentType: CT_CHART, data: chartXml(c) }));
  const drawing = `${HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${charts.map(anchor).join('')}</xdr:wsDr>`;
  const rels = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + charts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${i + 1}.xml"/>`).join('')
    + '</Relationships>';
  parts.push({ name: 'xl/drawings/drawing1.xml', contentType: CT_DRAWING, data: drawing }, { name: 'xl/drawings/_rels/drawing1.xml.rels', data: rels });
  return { parts, drawings: new Map([[sheet, 'xl/drawings/drawing1.xml']]) };
}

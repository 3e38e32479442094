package com.truereach.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFDateAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.STMarkerStyle;

/**
 * Native Excel charts drawn on the XSSF side of a streamed sheet. Every series refers to cells
 * the workbook really holds and carries the same values as its cache, so Excel and LibreOffice
 * show the chart before any recalculation.
 */
final class Charts {

	/** A column of values already written on a sheet: where they are and what they are. */
	record Column(String title, String sheet, int column, int firstRow, Double[] values) {

		String reference() {
			return new CellRangeAddress(this.firstRow, this.firstRow + this.values.length - 1, this.column,
					this.column)
				.formatAsString(this.sheet, true);
		}

		XDDFNumericalDataSource<Double> source() {
			return XDDFDataSourcesFactory.fromArray(this.values, reference());
		}
	}

	private static final PresetColor[] LEFT_COLORS = { PresetColor.ROYAL_BLUE, PresetColor.SEA_GREEN,
			PresetColor.DARK_ORANGE };

	/** Colours of a scatter's series, told apart also in grey print by their shapes. */
	private static final PresetColor[] SERIES_COLORS = { PresetColor.ROYAL_BLUE, PresetColor.DARK_ORANGE,
			PresetColor.SEA_GREEN, PresetColor.CRIMSON, PresetColor.PURPLE, PresetColor.GOLDENROD,
			PresetColor.TEAL, PresetColor.SADDLE_BROWN, PresetColor.DEEP_PINK, PresetColor.DIM_GRAY };

	/** Marker shapes of a scatter's series, so that series stay apart where colours repeat. */
	private static final MarkerStyle[] MARKERS = { MarkerStyle.CIRCLE, MarkerStyle.SQUARE, MarkerStyle.TRIANGLE,
			MarkerStyle.DIAMOND };

	private Charts() {
	}

	/** A drawing area spanning the given columns and rows of {@code sheet}. */
	static XSSFChart chart(XSSFDrawing drawing, int firstColumn, int firstRow, int lastColumn, int lastRow,
			String title) {
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstColumn, firstRow, lastColumn, lastRow);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		return chart;
	}

	static XSSFDrawing drawing(XSSFSheet sheet) {
		return sheet.createDrawingPatriarch();
	}

	/**
	 * Lines over days: {@code left} on the primary axis, {@code right} (revenue) on a secondary
	 * axis at the right starting at zero, sharing the date axis {@code days} (Excel date serials).
	 * The left axis starts a little below the lowest value (followers far from zero would draw as
	 * flat lines otherwise), and the points {@code marked} of the first left series are drawn as
	 * red dots (flagged days).
	 */
	static void linesWithSecondaryAxis(XSSFChart chart, Column days, List<Column> left, String leftTitle,
			Column right, String rightTitle, List<Integer> marked) {
		XDDFNumericalDataSource<Double> dates = days.source();
		dates.setFormatCode(Cells.DATE);

		XDDFLineChartData lines = lines(chart, AxisPosition.LEFT, leftTitle, AxisCrosses.AUTO_ZERO, true,
				origin(left, false));
		for (int i = 0; i < left.size(); i++) {
			XDDFLineChartData.Series series = line(lines, dates, left.get(i), LEFT_COLORS[i % LEFT_COLORS.length]);
			if (i == 0) {
				mark(series, marked);
			}
		}
		plot(lines);
		// the secondary axis needs its own (hidden) date axis to cross at the right
		XDDFLineChartData revenue = lines(chart, AxisPosition.RIGHT, rightTitle, AxisCrosses.MAX, false,
				origin(List.of(right), true));
		line(revenue, dates, right, PresetColor.FIREBRICK);
		plot(revenue);
	}

	/**
	 * Where a value axis over {@code columns} starts: zero when the values come near it or when
	 * {@code fromZero} (amounts), else a round number a tenth of their spread below the lowest; null
	 * (the chart's own choice) when values fall below zero.
	 */
	static Double origin(List<Column> columns, boolean fromZero) {
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (Column column : columns) {
			for (Double value : column.values()) {
				if (value != null) {
					low = Math.min(low, value);
					high = Math.max(high, value);
				}
			}
		}
		if (low < 0) {
			return null;
		}
		double below = low - Math.max(high - low, low * 0.02) * 0.1;
		if (fromZero || low == Double.POSITIVE_INFINITY || below <= low / 3) {
			return 0.0;
		}
		double step = Math.pow(10, Math.floor(Math.log10(low - below)));
		return Math.floor(below / step) * step;
	}

	private static void mark(XDDFLineChartData.Series series, List<Integer> points) {
		for (int point : points) {
			CTDPt dpt = series.getCTLineSer().addNewDPt();
			dpt.addNewIdx().setVal(point);
			CTMarker marker = dpt.addNewMarker();
			marker.addNewSymbol().setVal(STMarkerStyle.CIRCLE);
			XDDFShapeProperties fill = new XDDFShapeProperties();
			fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED)));
			fill.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED))));
			marker.setSpPr(fill.getXmlObject());
			dpt.setSpPr(fill.getXmlObject());
		}
	}

	private static XDDFLineChartData lines(XSSFChart chart, AxisPosition side, String title, AxisCrosses crosses,
			boolean showDates, Double minimum) {
		XDDFDateAxis dates = chart.createDateAxis(AxisPosition.BOTTOM);
		dates.setNumberFormat(Cells.DATE);
		dates.setVisible(showDates);
		XDDFValueAxis values = chart.createValueAxis(side);
		values.setTitle(title);
		values.setCrosses(crosses);
		if (minimum != null) {
			values.setMinimum(minimum);
		}
		cross(dates, values);
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, dates, values);
		data.setVaryColors(false);
		return data;
	}

	/**
	 * Points without lines, one series per column pair (x shared per series), titled by the y
	 * column; both axes start at zero and x ends at {@code xMaximum}.
	 */
	static void scatter(XSSFChart chart, List<Column[]> series, String xTitle, double xMaximum, String yTitle) {
		XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
		bottom.setTitle(xTitle);
		bottom.setMinimum(0);
		bottom.setMaximum(xMaximum);
		XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
		left.setTitle(yTitle);
		left.setCrosses(AxisCrosses.AUTO_ZERO);
		left.setMinimum(0);
		cross(bottom, left);
		XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bottom, left);
		data.setStyle(ScatterStyle.MARKER);
		data.setVaryColors(false);
		for (int i = 0; i < series.size(); i++) {
			Column[] xy = series.get(i);
			XDDFScatterChartData.Series points = (XDDFScatterChartData.Series) data.addSeries(xy[0].source(),
					xy[1].source());
			points.setTitle(xy[1].title(), null);
			points.setSmooth(false);
			points.setMarkerStyle(MARKERS[i % MARKERS.length]);
			// LibreOffice draws a scatter series as connected points unless the line is removed
			XDDFShapeProperties shape = new XDDFShapeProperties();
			shape.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
			points.setShapeProperties(shape);
			// each series its own colour: left to themselves, LibreOffice draws them all alike
			XDDFShapeProperties marker = new XDDFShapeProperties();
			XDDFSolidFillProperties colour = new XDDFSolidFillProperties(
					XDDFColor.from(SERIES_COLORS[i % SERIES_COLORS.length]));
			marker.setFillProperties(colour);
			marker.setLineProperties(new XDDFLineProperties(colour));
			points.getCTScatterSer().getMarker().setSpPr(marker.getXmlObject());
		}
		plot(data);
	}

	/**
	 * XDDFChart.plot would also copy every value into a workbook embedded in the chart, one per
	 * chart, which costs time and memory and is not needed: the series refer to the sheet's cells.
	 */
	private static void plot(XDDFChartData data) {
		for (int i = 0; i < data.getSeriesCount(); i++) {
			data.getSeries(i).plot();
		}
	}

	private static void cross(XDDFChartAxis category, XDDFValueAxis values) {
		category.crossAxis(values);
		values.crossAxis(category);
	}

	private static XDDFLineChartData.Series line(XDDFLineChartData data, XDDFNumericalDataSource<Double> dates,
			Column values, PresetColor color) {
		XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(dates, values.source());
		series.setTitle(values.title(), null);
		series.setSmooth(false);
		series.setMarkerStyle(MarkerStyle.NONE);
		XDDFLineProperties stroke = new XDDFLineProperties(
				new XDDFSolidFillProperties(XDDFColor.from(color)));
		stroke.setWidth(1.5);
		series.setLineProperties(stroke);
		return series;
	}
}

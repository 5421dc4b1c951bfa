package org.lightbus.benchmarks;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * {@link Comparison}'s chart as a PNG: the machine facts on top, then one bar chart per figure, a bar per tool (its
 * median), three charts to a row; the figures that only one tool has share a chart per scenario and unit, a bar per
 * figure.
 */
final class Chart {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 340;
    private static final int COLUMNS = 3;
    private static final int HEADER = 40;

    private Chart() {
    }

    static void write(List<Results.Row> rows, Machine machine, String title, Path file) throws IOException {
        Map<Figure, List<Results.Row>> byFigure = new LinkedHashMap<>();
        rows.forEach(row -> byFigure.computeIfAbsent(row.figure(), f -> new ArrayList<>()).add(row));
        // a figure of one tool only shares a chart with the others of its scenario and unit, a bar per figure
        Map<String, List<Results.Row>> charts = new LinkedHashMap<>();
        byFigure.forEach((figure, figureRows) -> {
            String key = figureRows.size() == 1
                    ? figure.scenario() + ". " + figureRows.get(0).tool().label() + " (" + figure.unit() + ")"
                    : figure.scenario() + ". " + figure.label();
            charts.computeIfAbsent(key, k -> new ArrayList<>()).addAll(figureRows);
        });
        int chartRows = (charts.size() + COLUMNS - 1) / COLUMNS;
        BufferedImage image = new BufferedImage(WIDTH * COLUMNS, HEADER + HEIGHT * chartRows,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        graphics.drawString(title + " — " + machine.describe(), 10, 25);
        int index = 0;
        for (Map.Entry<String, List<Results.Row>> entry : charts.entrySet()) {
            BufferedImage chart = BitmapEncoder.getBufferedImage(chart(entry.getKey(), entry.getValue()));
            graphics.drawImage(chart, (index % COLUMNS) * WIDTH, HEADER + (index / COLUMNS) * HEIGHT, null);
            index++;
        }
        graphics.dispose();
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static CategoryChart chart(String title, List<Results.Row> rows) {
        boolean oneTool = rows.stream().map(Results.Row::tool).distinct().count() == 1 && rows.size() > 1;
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .yAxisTitle(rows.get(0).figure().unit()).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.addSeries("median",
                rows.stream().map(row -> oneTool ? row.figure().label() : row.tool().label()).toList(),
                rows.stream().map(Results.Row::median).toList());
        return chart;
    }
}

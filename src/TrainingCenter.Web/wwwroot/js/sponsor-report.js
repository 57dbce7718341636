// Draws a sponsor cohort report's two charts from the numbers its page serves as JSON.
// The tables under the charts hold the same numbers, so nothing is lost without this script.
(function () {
    'use strict';

    var box = document.getElementById('sponsor-charts');
    if (!box || typeof Chart === 'undefined') return;

    var navy = '#1b2f4b';
    // Labels come from the page, in its language.
    var rateLabel = box.getAttribute('data-rate-label');
    var thresholdLabel = box.getAttribute('data-threshold-label');
    var traineesLabel = box.getAttribute('data-trainees-label');
    // Right to left (Urdu), time and rate run from the right and the value axis stands on the right.
    var rtl = document.dir === 'rtl';
    var amber = '#d98c1f';

    // A dashed vertical line at the threshold on the bar chart, whose bands of ten points span 0-100% evenly.
    var thresholdLine = {
        id: 'thresholdLine',
        afterDatasetsDraw: function (chart, args, options) {
            var x = chart.scales.x;
            var area = chart.chartArea;
            var offset = (x.right - x.left) * options.percent / 100;
            var position = rtl ? x.right - offset : x.left + offset;
            var ctx = chart.ctx;
            ctx.save();
            ctx.strokeStyle = amber;
            ctx.lineWidth = 2;
            ctx.setLineDash([6, 4]);
            ctx.beginPath();
            ctx.moveTo(position, area.top);
            ctx.lineTo(position, area.bottom);
            ctx.stroke();
            ctx.fillStyle = amber;
            ctx.font = '12px sans-serif';
            ctx.textAlign = rtl ? 'right' : 'left';
            ctx.fillText(thresholdLabel, rtl ? position - 4 : position + 4, area.top + 12);
            ctx.restore();
        }
    };

    function drawWeeks(data) {
        new Chart(document.getElementById('weeks-chart'), {
            type: 'line',
            data: {
                labels: data.weeks.map(function (w) { return w.label; }),
                datasets: [
                    {
                        label: rateLabel,
                        data: data.weeks.map(function (w) { return w.percent; }),
                        borderColor: navy,
                        backgroundColor: navy,
                        tension: 0.2
                    },
                    {
                        label: thresholdLabel,
                        data: data.weeks.map(function () { return data.thresholdPercent; }),
                        borderColor: amber,
                        borderDash: [6, 4],
                        pointRadius: 0,
                        fill: false
                    }
                ]
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                plugins: { legend: { rtl: rtl } },
                scales: {
                    x: { reverse: rtl },
                    y: { min: 0, max: 100, position: rtl ? 'right' : 'left', ticks: { callback: function (v) { return v + '%'; } } }
                }
            }
        });
    }

    function drawBands(data) {
        new Chart(document.getElementById('bands-chart'), {
            type: 'bar',
            data: {
                labels: data.bands.map(function (b) { return b.label; }),
                datasets: [{
                    label: traineesLabel,
                    data: data.bands.map(function (b) { return b.trainees; }),
                    backgroundColor: data.bands.map(function (b) { return b.belowThreshold ? amber : navy; })
                }]
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                plugins: { legend: { display: false }, thresholdLine: { percent: data.thresholdPercent } },
                scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? 'right' : 'left', ticks: { precision: 0 } } }
            },
            plugins: [thresholdLine]
        });
    }

    fetch(box.getAttribute('data-chart-source'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) {
            if (!response.ok) throw new Error(String(response.status));
            return response.json();
        })
        .then(function (data) {
            drawWeeks(data);
            drawBands(data);
            box.setAttribute('data-charts-drawn', 'true');
        })
        .catch(function () {
            document.getElementById('charts-unavailable').hidden = false;
        });
})();

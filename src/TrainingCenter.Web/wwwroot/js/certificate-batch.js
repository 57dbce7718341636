// Keeps a bulk issue's progress up to date by polling its JSON answer until the batch is finished.
// Without this script the page offers a Refresh link instead.
(function () {
    'use strict';

    var box = document.querySelector('[data-batch-progress]');
    if (!box) return;
    var url = box.getAttribute('data-batch-progress');

    function field(name) { return box.querySelector('[data-field="' + name + '"]'); }

    function width(issued, total) { return (total > 0 ? Math.round(100 * issued / total) : 0) + '%'; }

    function show(progress) {
        field('issued').textContent = progress.issued;
        field('total').textContent = progress.total;
        field('failed').textContent = progress.failed;
        field('bar').style.width = width(progress.issued, progress.total);
        var error = field('error');
        error.textContent = progress.lastError || '';
        error.hidden = !progress.lastError;
        var state = field('state');
        state.textContent = state.getAttribute(progress.finished ? 'data-finished' : 'data-working');
        field('refresh').hidden = true;
    }

    function poll() {
        fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) throw new Error(response.status);
                return response.json();
            })
            .then(function (progress) {
                show(progress);
                if (!progress.finished) setTimeout(poll, 1500);
            })
            .catch(function () {
                field('refresh').hidden = false;
                setTimeout(poll, 5000);
            });
    }

    var bar = field('bar');
    bar.style.width = width(Number(bar.getAttribute('data-issued')), Number(bar.getAttribute('data-total')));
    poll();
}());

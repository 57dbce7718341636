// Saves the attendance sheet without leaving the page, so a failed save (no network, a server error, a lost sign-in)
// keeps every mark on screen with the reason. Without this script the form posts as usual.
(function () {
    'use strict';

    function showError(form, message) {
        var box = form.querySelector('[data-sheet-error]');
        box.textContent = message + ' Your marks are still here: press Save again when you can.';
        box.hidden = false;
        box.scrollIntoView({ block: 'nearest' });
    }

    function setBusy(form, busy) {
        form.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = busy; });
        form.setAttribute('aria-busy', busy ? 'true' : 'false');
    }

    // Shows the page the server answered with (the saved sheet, or the sheet with its errors or conflicts).
    function show(html) {
        var next = new DOMParser().parseFromString(html, 'text/html');
        var main = next.querySelector('main');
        if (!main) throw new Error('The answer was not a page.');
        document.querySelector('main').innerHTML = main.innerHTML;
        document.title = next.title;
        // The focused button was replaced: move focus to the outcome so keyboard and screen reader users land on it.
        var first = document.querySelector('main [role=status], main [role=alert]:not([hidden]):not(:empty)') || document.querySelector('main h1');
        first.setAttribute('tabindex', '-1');
        first.scrollIntoView({ block: 'start' });
        first.focus({ preventScroll: true });
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-attendance-sheet')) return;
        event.preventDefault();
        var submitter = event.submitter;
        var action = submitter && submitter.hasAttribute('formaction') ? submitter.formAction : form.action;
        var body = new URLSearchParams(new FormData(form));
        var here = window.location.pathname;
        form.querySelector('[data-sheet-error]').hidden = true;
        setBusy(form, true);
        fetch(action, { method: 'POST', body: body, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) throw new Error('The sheet was not saved: the server answered ' + response.status + '.');
                if (new URL(response.url).pathname !== here)
                    throw new Error('The sheet was not saved: you are no longer signed in. Log in again in another tab.');
                return response.text();
            })
            .then(show)
            .catch(function (error) {
                setBusy(form, false);
                showError(form, error instanceof TypeError ? 'The sheet was not saved: no connection to the server.' : error.message);
            });
    });
})();

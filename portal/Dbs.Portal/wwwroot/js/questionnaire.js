// Progressive autosave of the questionnaire form: a changed answer is posted on its own (with the version it was
// edited from) and the form's hidden versions are updated from the reply, so the plain submit buttons keep working
// and never report a conflict with the user's own autosave. Without this script the buttons save everything.
(function () {
  'use strict';

  var form = document.getElementById('skema');
  var status = document.getElementById('autosave-status');
  if (!form || !status || !window.fetch || !window.FormData) {
    return;
  }

  var pending = {};
  var timers = {};
  var typingDelay = 1500;

  function field(index, name) {
    return form.elements.namedItem('Answers[' + index + '].' + name);
  }

  function currentValue(index, name) {
    var element = field(index, name);
    if (!element) {
      return '';
    }
    return element.value;
  }

  // The texts come in the page's language from the status element's data attributes.
  var texts = status.dataset;

  function say(text) {
    status.textContent = text;
  }

  function time() {
    var now = new Date();
    var separator = document.documentElement.lang === 'en' ? ':' : '.';
    return String(now.getHours()).padStart(2, '0') + separator + String(now.getMinutes()).padStart(2, '0');
  }

  function save(index) {
    delete timers[index];
    if (pending[index]) {
      // A save of this answer is under way; save again when it is done.
      pending[index] = 'again';
      return;
    }
    pending[index] = true;
    var data = new FormData();
    data.append('__RequestVerificationToken', form.elements.namedItem('__RequestVerificationToken').value);
    ['Key', 'Value', 'Explanation', 'Version', 'OriginalValue', 'OriginalExplanation'].forEach(function (name) {
      data.append('Answers[0].' + name, currentValue(index, name));
    });
    say(texts.saving);
    fetch(window.location.pathname + '?handler=Autosave', {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      redirect: 'manual',
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.status === 401) {
        say(texts.signedOut);
        return null;
      }
      return response.json().then(function (result) {
        result.saved.forEach(function (answer) {
          field(index, 'Version').value = answer.version;
          field(index, 'OriginalValue').value = answer.value || '';
          field(index, 'OriginalExplanation').value = answer.explanation || '';
        });
        if (result.problems.length > 0) {
          say(result.problems.map(function (p) { return p.message; }).join(' '));
        } else {
          say(texts.saved.replace('{0}', time()));
        }
      });
    }).catch(function () {
      say(texts.failed);
    }).then(function () {
      var again = pending[index] === 'again';
      delete pending[index];
      if (again) {
        save(index);
      }
    });
  }

  function indexOf(target) {
    var fieldset = target.closest ? target.closest('fieldset[data-index]') : null;
    return fieldset ? fieldset.getAttribute('data-index') : null;
  }

  // A file over the limit is refused before it is sent: a post far over the limit could not be read at all.
  function checkFileSize(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var file = input.files && input.files[0];
    if (max && file && file.size > max) {
      input.value = '';
      say(texts.tooLarge.replace('{0}', file.name).replace('{1}', input.getAttribute('data-max-size')));
    }
  }

  form.addEventListener('change', function (event) {
    if (event.target.type === 'file') {
      checkFileSize(event.target);
      return;
    }
    var index = indexOf(event.target);
    if (index !== null) {
      clearTimeout(timers[index]);
      save(index);
    }
  });

  form.addEventListener('input', function (event) {
    var index = indexOf(event.target);
    if (index !== null && event.target.tagName === 'TEXTAREA') {
      clearTimeout(timers[index]);
      timers[index] = setTimeout(function () { save(index); }, typingDelay);
    }
  });
}());

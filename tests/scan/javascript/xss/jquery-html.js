$('#results').html('<li>' + item.title + '</li>'); // expect: CWE-79

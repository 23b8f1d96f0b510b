$('#results').text(item.title); // ok: CWE-79

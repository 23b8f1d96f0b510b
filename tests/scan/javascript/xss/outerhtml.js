badge.outerHTML = '<span class="tag">' + tag.name + '</span>'; // expect: CWE-79

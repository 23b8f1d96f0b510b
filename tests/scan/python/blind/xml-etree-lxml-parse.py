from lxml import etree
tree = etree.parse(uploaded_file)  # expect: CWE-611

package com.example.catalogue

import org.w3c.dom.Document
import java.io.ByteArrayInputStream
import javax.xml.parsers.DocumentBuilderFactory

class CatalogueImporter(private val repo: CatalogueRepository) {

    fun import(upload: ByteArray): Int {
        val factory = DocumentBuilderFactory.newInstance() // expect: CWE-611
        factory.isNamespaceAware = true
        factory.isExpandEntityReferences = true
        val doc: Document = factory.newDocumentBuilder().parse(ByteArrayInputStream(upload))
        val entries = doc.getElementsByTagName("entry")
        var count = 0
        for (i in 0 until entries.length) {
            val e = entries.item(i)
            val isbn = e.attributes.getNamedItem("isbn")?.nodeValue ?: continue
            repo.upsert(isbn, e.textContent.trim())
            count++
        }
        return count
    }
}

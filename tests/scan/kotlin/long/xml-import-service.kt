package com.example.catalogue

import org.springframework.stereotype.Service
import org.springframework.web.multipart.MultipartFile
import org.w3c.dom.Element
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory

@Service
class TicketImportService(private val tickets: TicketRepository) {

    private val factory = DocumentBuilderFactory.newInstance().apply { // ok: CWE-611
        setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
        isXIncludeAware = false
        isExpandEntityReferences = false
    }

    fun import(upload: MultipartFile): Int {
        val doc = upload.inputStream.use { factory.newDocumentBuilder().parse(it) }
        val nodes = doc.getElementsByTagName("ticket")
        var n = 0
        for (i in 0 until nodes.length) {
            val el = nodes.item(i) as Element
            tickets.upsert(el.getAttribute("number"), el.getElementsByTagName("subject").item(0)?.textContent.orEmpty())
            n++
        }
        return n
    }
}

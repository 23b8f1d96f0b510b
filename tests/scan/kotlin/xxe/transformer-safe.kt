fun transformer(): Transformer {
    val tf = TransformerFactory.newInstance() // ok: CWE-611
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "")
    tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "")
    return tf.newTransformer()
}

from flask import Flask, request, Response
from lxml import etree

app = Flask(__name__)
NS = {"soap": "http://schemas.xmlsoap.org/soap/envelope/"}


@app.route("/soap/orders", methods=["POST"])
def soap_orders():
    parser = etree.XMLParser(
        dtd_validation=False,
        resolve_entities=False,  # ok: CWE-611
        no_network=True,
        remove_blank_text=True,
    )
    envelope = etree.fromstring(request.data, parser)
    body = envelope.find("soap:Body", NS)
    order = body[0]
    sku = order.findtext("sku")
    qty = int(order.findtext("qty") or 1)
    reply = etree.Element("ack")
    etree.SubElement(reply, "sku").text = sku
    etree.SubElement(reply, "qty").text = str(qty)
    return Response(etree.tostring(reply), mimetype="text/xml")


if __name__ == "__main__":
    app.run(port=8080)

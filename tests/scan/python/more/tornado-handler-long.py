import tornado.ioloop
import tornado.web


class GreetHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "stranger")
        self.write("<h1>Hello, " + name + "!</h1>")  # expect: CWE-79


class SafeGreetHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "stranger")
        self.render("greet.html", name=name)  # ok: CWE-79


class RedirectHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("to"))  # expect: CWE-601


def make_app():
    return tornado.web.Application([
        (r"/greet", GreetHandler),
        (r"/greet2", SafeGreetHandler),
        (r"/r", RedirectHandler),
    ], cookie_secret="dc2f1a77e4b946c0b8e1c4f3a2d19e88")  # expect: CWE-798


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()

@Path("/hello")
public class GreetingResource {
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String hello(@QueryParam("name") String name) {
        return "<html><body><h2>Hello " + name + "</h2></body></html>";   // expect: CWE-79
    }
}

    @GET
    @Path("/out")
    public Response out() {
        return Response.seeOther(URI.create("/home")).build();   // ok: CWE-601
    }

    @GET
    @Path("/out")
    public Response out(@QueryParam("u") String target) {
        return Response.seeOther(URI.create(target)).build();   // expect: CWE-601
    }

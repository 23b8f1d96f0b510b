    let route = warp::path!("hello" / String).map(|name: String| {
        warp::reply::html(format!("<h1>Hello {}</h1>", name)) // expect: CWE-79
    });

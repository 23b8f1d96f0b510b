    let page = ureq::get(&form.link).call()?.into_string()?; // expect: CWE-918

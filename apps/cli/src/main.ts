console.log('treatywatch');

import { completeLogIn } from './auth.js';

completeLogIn(location.search)
  .then((returnTo) => location.replace('/app/' + (returnTo || '')))
  .catch((error) => {
    const main = document.getElementById('main');
    main.textContent = '';
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'Đăng nhập không thành công / Login failed: ' + error.message;
    const again = document.createElement('a');
    again.href = '/app/';
    again.textContent = 'Đăng nhập lại / Log in again';
    main.append(message, again);
  });
